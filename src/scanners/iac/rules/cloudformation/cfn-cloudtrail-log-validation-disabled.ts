import { expectAttribute, isBoolean } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * An intruder who can write to the log bucket can delete or edit the entries that show
 * what they did; digest files let investigators prove the logs were not tampered with.
 */
export const cfnCloudtrailLogValidationDisabled: IacRule = {
  id: 'cfn-cloudtrail-log-validation-disabled',
  title: 'CloudTrail log file validation disabled',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-345', 'CIS-AWS-3.2'],
  equivalents: ['CKV_AWS_36', 'AVD-AWS-0016'],
  description: 'An `AWS::CloudTrail::Trail` whose `EnableLogFileValidation` is missing or false.',
  remediation: 'Set `EnableLogFileValidation: true`.',
  format: 'cloudformation',
  resourceTypes: ['AWS::CloudTrail::Trail'],
  check: (trail) =>
    expectAttribute(trail, 'EnableLogFileValidation', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'the trail does not validate its log files: an intruder can alter or delete log entries without detection',
    }),
};
