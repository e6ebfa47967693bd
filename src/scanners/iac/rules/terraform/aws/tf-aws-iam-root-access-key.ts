import { expectAttribute } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * An access key for the root user cannot be limited by any IAM policy: whoever holds it owns the
 * account, billing and closure included.
 */
export const tfAwsIamRootAccessKey: IacRule = {
  id: 'tf-aws-iam-root-access-key',
  title: 'Access key created for the root user',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-250', 'CIS-AWS-1.4'],
  equivalents: ['CKV_AWS_348'],
  description: 'An `aws_iam_access_key` whose `user` is `root`.',
  remediation: 'Delete root access keys; give automation an IAM role (or a user with scoped policies), and keep the root user for the few tasks that need it, behind MFA.',
  format: 'terraform',
  resourceTypes: ['aws_iam_access_key'],
  check: (key) => expectAttribute(key, 'user', { accept: (value) => value !== 'root', whenMissing: 'pass', message: 'the key belongs to the root user: no policy can limit it, and whoever holds it owns the account' }),
};
