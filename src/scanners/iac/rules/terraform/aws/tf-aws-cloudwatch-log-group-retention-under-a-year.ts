import { expectAttribute, isNumberWhere } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Incidents are often found months after they began; logs deleted sooner than a year leave the
 * investigation without the start of the story (and most audit frameworks ask for a year).
 */
export const tfAwsCloudwatchLogGroupRetentionUnderAYear: IacRule = {
  id: 'tf-aws-cloudwatch-log-group-retention-under-a-year',
  title: 'CloudWatch log group keeps logs less than a year',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-779'],
  equivalents: ['CKV_AWS_338'],
  description: 'An `aws_cloudwatch_log_group` whose `retention_in_days` is between 1 and 364. Missing or `0` means the logs never expire, and passes.',
  remediation: 'Set `retention_in_days = 365` (or longer, such as 400, 731 or 1827).',
  format: 'terraform',
  resourceTypes: ['aws_cloudwatch_log_group'],
  check: (group) => expectAttribute(group, 'retention_in_days', { accept: isNumberWhere((days) => days === 0 || days >= 365), whenMissing: 'pass', message: 'logs are deleted before a year has passed: an incident found late cannot be traced back to its start' }),
};
