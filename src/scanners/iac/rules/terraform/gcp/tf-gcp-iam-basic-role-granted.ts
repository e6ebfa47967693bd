import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/** Google's primitive roles, which span every service in the resource. */
const BASIC_ROLES = new Set(['roles/owner', 'roles/editor', 'roles/viewer']);

/**
 * Owner, Editor and Viewer cover every service in the project, folder or organisation: Editor
 * alone can read secrets, deploy code and act as service accounts, so one compromised member
 * compromises everything under the grant.
 */
export const tfGcpIamBasicRoleGranted: IacRule = {
  id: 'tf-gcp-iam-basic-role-granted',
  title: 'IAM grants a basic role (Owner, Editor, Viewer)',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-250'],
  equivalents: ['CKV_GCP_117', 'CKV_GCP_116', 'CKV_GCP_115'],
  description: 'A `google_project_iam_member`/`_binding`, `google_folder_iam_member`/`_binding` or `google_organization_iam_member`/`_binding` whose `role` is `roles/owner`, `roles/editor` or `roles/viewer`.',
  remediation: 'Grant predefined or custom roles limited to the services the member needs (for example `roles/storage.objectViewer`) instead of a basic role.',
  format: 'terraform',
  resourceTypes: ['google_project_iam_member', 'google_project_iam_binding', 'google_folder_iam_member', 'google_folder_iam_binding', 'google_organization_iam_member', 'google_organization_iam_binding'],
  check(grant) {
    const role = valueAt(grant, 'role');
    if (isUnknown(role)) return unknown(role.reason, 'role');
    return typeof role === 'string' && BASIC_ROLES.has(role) ? fail(`${role} covers every service under the grant: a compromised member can read data, deploy code and change IAM far beyond their job`, 'role') : pass;
  },
};
