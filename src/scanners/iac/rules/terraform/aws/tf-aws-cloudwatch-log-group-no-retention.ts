import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without a retention period logs are kept indefinitely: secrets that leak into them stay readable forever and costs grow without bound.
 */
export const tfAwsCloudwatchLogGroupNoRetention: IacRule = {
  id: 'tf-aws-cloudwatch-log-group-no-retention',
  title: 'CloudWatch log group without retention',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-779'],
  equivalents: ['CKV_AWS_66'],
  description: 'An `aws_cloudwatch_log_group` without `retention_in_days` (logs are then kept forever).',
  remediation: 'Set `retention_in_days` to what your policy requires, e.g. `retention_in_days = 365`.',
  format: 'terraform',
  resourceTypes: ['aws_cloudwatch_log_group'],
  check: (resource) => expectAttribute(resource, 'retention_in_days', { accept: isSet, whenMissing: 'fail', message: 'the log group keeps logs forever: anything sensitive ever logged stays readable and costs grow unchecked' }),
};
