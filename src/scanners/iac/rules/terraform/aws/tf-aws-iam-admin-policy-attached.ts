import { unknownReason } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { containsUnknown } from '../../../iac-value.ts';

/** AWS's managed policy that allows every action on every resource, in any partition. */
const ADMINISTRATOR_ACCESS = /^arn:aws[\w-]*:iam::aws:policy\/AdministratorAccess$/;

/**
 * Attaching `AdministratorAccess` gives a role, user or group every permission in the account:
 * any compromise of it, a leaked key or a hijacked workload, is a compromise of everything.
 */
export const tfAwsIamAdminPolicyAttached: IacRule = {
  id: 'tf-aws-iam-admin-policy-attached',
  title: 'AdministratorAccess attached to a role, user or group',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-250'],
  equivalents: ['CKV_AWS_274'],
  description: 'An `aws_iam_role` whose `managed_policy_arns` lists `arn:aws:iam::aws:policy/AdministratorAccess`, or an `aws_iam_policy_attachment`, `aws_iam_role_policy_attachment`, `aws_iam_user_policy_attachment`, `aws_iam_group_policy_attachment` or `aws_ssoadmin_managed_policy_attachment` that attaches it.',
  remediation: 'Attach policies that grant what the principal needs (AWS job-function policies, or your own scoped to its resources); keep administrator access for break-glass roles behind MFA.',
  format: 'terraform',
  resourceTypes: ['aws_iam_role', 'aws_iam_policy_attachment', 'aws_iam_role_policy_attachment', 'aws_iam_user_policy_attachment', 'aws_iam_group_policy_attachment', 'aws_ssoadmin_managed_policy_attachment'],
  check(resource) {
    const path = resource.type === 'aws_iam_role' ? 'managed_policy_arns' : resource.type === 'aws_ssoadmin_managed_policy_attachment' ? 'managed_policy_arn' : 'policy_arn';
    const value = valueAt(resource, path);
    if (value === undefined || value === null) return pass;
    const arns = Array.isArray(value) ? value : [value];
    if (arns.some((arn) => typeof arn === 'string' && ADMINISTRATOR_ACCESS.test(arn))) return fail('AdministratorAccess is attached: whoever acts as this principal, or steals its credentials, controls the whole account', path);
    if (containsUnknown(value)) return unknown(unknownReason(value), path);
    return pass;
  },
};
