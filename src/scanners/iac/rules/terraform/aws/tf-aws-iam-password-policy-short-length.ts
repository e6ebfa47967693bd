import { expectAttribute, isNumberWhere } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Short console passwords fall to offline cracking and online guessing; CIS asks for at least 14
 * characters so that users pick passphrases.
 */
export const tfAwsIamPasswordPolicyShortLength: IacRule = {
  id: 'tf-aws-iam-password-policy-short-length',
  title: 'IAM password policy allows passwords shorter than 14',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-521', 'CIS-AWS-1.8'],
  equivalents: ['CKV_AWS_10', 'AVD-AWS-0063'],
  description: 'An `aws_iam_account_password_policy` whose `minimum_password_length` is unset or below 14.',
  remediation: 'Set `minimum_password_length = 14` (or more).',
  format: 'terraform',
  resourceTypes: ['aws_iam_account_password_policy'],
  check: (policy) =>
    expectAttribute(policy, 'minimum_password_length', {
      accept: isNumberWhere((length) => length >= 14),
      whenMissing: 'fail',
      message: 'IAM users may choose passwords shorter than 14 characters: they are easier to guess and to crack',
    }),
};
