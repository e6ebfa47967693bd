import { anyMember, iamMembers } from '../../../checks/gcp-iam-members.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/** Google-created default accounts: Compute Engine (`<number>-compute@developer…`) and App Engine (`<project>@appspot…`). */
const DEFAULT_ACCOUNT = /-compute@developer\.gserviceaccount\.com$|@appspot\.gserviceaccount\.com$/;

/**
 * Default service accounts are attached to every VM, function and App Engine service that does
 * not name another; granting them roles hands those rights to all such workloads at once.
 */
export const tfGcpIamDefaultServiceAccountGranted: IacRule = {
  id: 'tf-gcp-iam-default-service-account-granted',
  title: 'IAM role granted to a default service account',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-250'],
  equivalents: ['CKV_GCP_46', 'CKV_GCP_48', 'CKV_GCP_47', 'AVD-GCP-0006', 'AVD-GCP-0004', 'AVD-GCP-0008'],
  description: 'A project, folder or organisation `*_iam_member`/`*_iam_binding` whose members include the Compute Engine or App Engine default service account.',
  remediation: 'Create a dedicated `google_service_account` per workload and grant roles to it; leave the default accounts without roles (or disable them).',
  format: 'terraform',
  resourceTypes: ['google_project_iam_member', 'google_project_iam_binding', 'google_folder_iam_member', 'google_folder_iam_binding', 'google_organization_iam_member', 'google_organization_iam_binding'],
  check(grant) {
    const { path, members } = iamMembers(grant);
    const found = anyMember(members, (member) => DEFAULT_ACCOUNT.test(member));
    if (isUnknown(found)) return unknown(found.reason, path);
    return found ? fail('the role goes to a default service account: every VM, function or app running as it gets these rights', path) : pass;
  },
};
