import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/** A trail that exists but does not log records nothing: API activity goes unaudited. */
export const tfAwsCloudtrailLoggingDisabled: IacRule = {
  id: 'tf-aws-cloudtrail-logging-disabled',
  title: 'CloudTrail trail with logging turned off',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_AWS_251'],
  description: 'An `aws_cloudtrail` with `enable_logging = false` (the default is `true`).',
  remediation: 'Remove `enable_logging = false` or set it to `true`.',
  format: 'terraform',
  resourceTypes: ['aws_cloudtrail'],
  check: (trail) => expectAttribute(trail, 'enable_logging', { accept: isBoolean(true), whenMissing: 'pass', message: 'the trail records nothing: API calls, including an intruder\'s, leave no audit trail' }),
};
