import { expectAttribute, isNumberWhere } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A password that never expires stays valid indefinitely after it leaks; an expiry of 90 days or
 * less bounds how long a stolen password is useful.
 */
export const tfAwsIamPasswordPolicyNoExpiry: IacRule = {
  id: 'tf-aws-iam-password-policy-no-expiry',
  title: 'IAM password policy does not expire passwords within 90 days',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-262'],
  equivalents: ['CKV_AWS_9', 'AVD-AWS-0062'],
  description: 'An `aws_iam_account_password_policy` whose `max_password_age` is unset, 0, or above 90 days.',
  remediation: 'Set `max_password_age = 90` (or less).',
  format: 'terraform',
  resourceTypes: ['aws_iam_account_password_policy'],
  check: (policy) =>
    expectAttribute(policy, 'max_password_age', {
      accept: isNumberWhere((days) => days > 0 && days <= 90),
      whenMissing: 'fail',
      message: 'passwords do not expire within 90 days: a leaked password stays usable indefinitely',
    }),
};
