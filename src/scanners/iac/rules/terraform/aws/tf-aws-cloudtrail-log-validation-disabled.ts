import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without digest files nobody can prove trail logs were not edited or deleted after delivery, which is exactly what an intruder with access to the log bucket does.
 */
export const tfAwsCloudtrailLogValidationDisabled: IacRule = {
  id: 'tf-aws-cloudtrail-log-validation-disabled',
  title: 'CloudTrail log file validation disabled',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-354', 'CIS-AWS-3.2'],
  equivalents: ['CKV_AWS_36', 'AVD-AWS-0016'],
  description: 'An `aws_cloudtrail` without `enable_log_file_validation = true`.',
  remediation: 'Set `enable_log_file_validation = true`; validate delivered logs with `aws cloudtrail validate-logs`.',
  format: 'terraform',
  resourceTypes: ['aws_cloudtrail'],
  check: (resource) => expectAttribute(resource, 'enable_log_file_validation', { accept: isBoolean(true), whenMissing: 'fail', message: 'log file validation is off: an intruder can edit or delete delivered audit logs without detection' }),
};
