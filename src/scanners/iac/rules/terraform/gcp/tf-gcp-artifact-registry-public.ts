import { judgePublicGrant, PUBLIC_MEMBERS } from '../../../checks/gcp-iam-members.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A repository shared with `allUsers` or `allAuthenticatedUsers` publishes internal images and packages (and any secrets baked into them) to the internet; a writer role lets anyone poison them.
 */
export const tfGcpArtifactRegistryPublic: IacRule = {
  id: 'tf-gcp-artifact-registry-public',
  title: 'Artifact Registry repository accessible by anyone',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_GCP_101'],
  description: 'A `google_artifact_registry_repository_iam_member` or `_iam_binding` granting a role to `allUsers` or `allAuthenticatedUsers`.',
  remediation: 'Grant `roles/artifactregistry.reader` only to the service accounts and groups that pull from the repository.',
  format: 'terraform',
  resourceTypes: ['google_artifact_registry_repository_iam_member', 'google_artifact_registry_repository_iam_binding'],
  check: (grant) => judgePublicGrant(grant, PUBLIC_MEMBERS, 'the repository role is granted to everyone: anyone can pull its images and packages (or push, depending on the role)'),
};
