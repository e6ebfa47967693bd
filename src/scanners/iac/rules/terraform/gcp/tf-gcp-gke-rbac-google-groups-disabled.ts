import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without Google Groups for RBAC, cluster roles are bound to individual accounts, so access is not removed when someone leaves a team and audits must chase every binding.
 */
export const tfGcpGkeRbacGoogleGroupsDisabled: IacRule = {
  id: 'tf-gcp-gke-rbac-google-groups-disabled',
  title: 'GKE cluster not using Google Groups for RBAC',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-285'],
  equivalents: ['CKV_GCP_65'],
  description: 'A `google_container_cluster` without `authenticator_groups_config { security_group = "gke-security-groups@…" }`.',
  remediation: 'Add `authenticator_groups_config { security_group = "gke-security-groups@example.com" }` and bind roles to groups.',
  format: 'terraform',
  resourceTypes: ['google_container_cluster'],
  check: (resource) =>
    expectAttribute(resource, 'authenticator_groups_config.security_group', {
      accept: isSet,
      whenMissing: 'fail',
      message: 'Google Groups for RBAC is not configured: access must be granted to individual accounts, which are missed when people leave',
    }),
};
