import { expectAttribute, isNumberWhere } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * When old passwords may be reused, a password that leaked once comes back after the next forced
 * change, and the leaked copy works again.
 */
export const tfAwsIamPasswordPolicyReuseAllowed: IacRule = {
  id: 'tf-aws-iam-password-policy-reuse-allowed',
  title: 'IAM password policy allows password reuse',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-521', 'CIS-AWS-1.9'],
  equivalents: ['CKV_AWS_13', 'AVD-AWS-0056'],
  description: 'An `aws_iam_account_password_policy` whose `password_reuse_prevention` is unset or below 24.',
  remediation: 'Set `password_reuse_prevention = 24`.',
  format: 'terraform',
  resourceTypes: ['aws_iam_account_password_policy'],
  check: (policy) =>
    expectAttribute(policy, 'password_reuse_prevention', {
      accept: isNumberWhere((count) => count >= 24),
      whenMissing: 'fail',
      message: 'users may reuse recent passwords: a password that leaked once becomes valid again after the next change',
    }),
};
