import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Application logs often capture tokens and personal data; a KMS key limits who can read them beyond log read permissions and records every decryption.
 */
export const tfAwsCloudwatchLogGroupNotEncrypted: IacRule = {
  id: 'tf-aws-cloudwatch-log-group-not-encrypted',
  title: 'CloudWatch log group not encrypted with KMS',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_158', 'AVD-AWS-0017'],
  description: 'An `aws_cloudwatch_log_group` without `kms_key_id`.',
  remediation: 'Set `kms_key_id = aws_kms_key.logs.arn` (the key policy must allow the logs service principal).',
  format: 'terraform',
  resourceTypes: ['aws_cloudwatch_log_group'],
  check: (resource) => expectAttribute(resource, 'kms_key_id', { accept: isSet, whenMissing: 'fail', message: 'the log group is not encrypted with a KMS key: anyone with log read access reads whatever the application logged' }),
};
