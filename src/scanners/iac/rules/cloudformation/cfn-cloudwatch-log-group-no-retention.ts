import { expectAttribute, isSet } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * Log groups without a retention setting keep logs forever, with whatever secrets and
 * personal data leaked into them, and without a deliberate decision on how long evidence is kept.
 */
export const cfnCloudwatchLogGroupNoRetention: IacRule = {
  id: 'cfn-cloudwatch-log-group-no-retention',
  title: 'CloudWatch log group without retention',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-779'],
  equivalents: ['CKV_AWS_66'],
  description: 'An `AWS::Logs::LogGroup` without `RetentionInDays`.',
  remediation: 'Set `RetentionInDays` to the period your policy requires (for example `365`).',
  format: 'cloudformation',
  resourceTypes: ['AWS::Logs::LogGroup'],
  check: (loggroup) =>
    expectAttribute(loggroup, 'RetentionInDays', {
      accept: isSet,
      whenMissing: 'fail',
      message: 'the log group keeps logs forever: leaked secrets and personal data in them never expire',
    }),
};
