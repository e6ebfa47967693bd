import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

const IMPERSONATION_ROLES = new Set(['roles/iam.serviceAccountUser', 'roles/iam.serviceAccountTokenCreator']);

/**
 * Service Account User or Token Creator granted on the project lets the member act as every
 * service account in it, including the most privileged, which is a direct privilege escalation.
 */
export const tfGcpIamServiceAccountUserAtProject: IacRule = {
  id: 'tf-gcp-iam-service-account-user-at-project',
  title: 'Service Account User or Token Creator granted at project level',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-269', 'CIS-GCP-1.6'],
  equivalents: ['CKV_GCP_41', 'AVD-GCP-0011'],
  description: 'A `google_project_iam_member` or `google_project_iam_binding` with `role = "roles/iam.serviceAccountUser"` or `"roles/iam.serviceAccountTokenCreator"`.',
  remediation: 'Grant these roles on the one service account the member needs (`google_service_account_iam_member`), not on the project.',
  format: 'terraform',
  resourceTypes: ['google_project_iam_member', 'google_project_iam_binding'],
  check(grant) {
    const role = valueAt(grant, 'role');
    if (isUnknown(role)) return unknown(role.reason, 'role');
    return typeof role === 'string' && IMPERSONATION_ROLES.has(role)
      ? fail('the member can act as every service account in the project, including the most privileged ones', 'role')
      : pass;
  },
};
