import { valueAt } from '../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../iac-rule.ts';
import { isUnknown } from '../../iac-value.ts';

/**
 * Permissions given to individual users pile up and are forgotten when people change roles;
 * granting them through groups or roles keeps access reviewable and revocable in one place.
 */
export const cfnIamPolicyAttachedToUser: IacRule = {
  id: 'cfn-iam-policy-attached-to-user',
  title: 'IAM policy attached directly to users',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-269', 'CIS-AWS-1.15'],
  equivalents: ['CKV_AWS_40'],
  description: 'An `AWS::IAM::Policy` or `AWS::IAM::ManagedPolicy` with a `Users` list.',
  remediation: 'Attach the policy to a group (`Groups: [!Ref Developers]`) or a role, and put the users in the group.',
  format: 'cloudformation',
  resourceTypes: ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy'],
  check(policy) {
    const users = valueAt(policy, 'Users');
    if (users === undefined || users === null || (Array.isArray(users) && users.length === 0)) return pass;
    if (isUnknown(users)) return unknown(users.reason, 'Users');
    return fail('the policy is attached directly to users: their permissions escape group-based review and outlive their role changes', 'Users');
  },
};
