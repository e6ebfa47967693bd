import { expectAttribute, isBoolean } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * A single-region trail records nothing of what happens in the other regions, which is exactly
 * where an intruder starts instances or exfiltrates data to stay out of sight.
 */
export const cfnCloudtrailNotMultiRegion: IacRule = {
  id: 'cfn-cloudtrail-not-multi-region',
  title: 'CloudTrail trail limited to one region',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-778', 'CIS-AWS-3.1'],
  equivalents: ['CKV_AWS_67', 'AVD-AWS-0014'],
  description: 'An `AWS::CloudTrail::Trail` whose `IsMultiRegionTrail` is missing or false.',
  remediation: 'Set `IsMultiRegionTrail: true` (and `IncludeGlobalServiceEvents: true`).',
  format: 'cloudformation',
  resourceTypes: ['AWS::CloudTrail::Trail'],
  check: (trail) =>
    expectAttribute(trail, 'IsMultiRegionTrail', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'the trail records only its own region: activity an intruder moves to other regions goes unlogged',
    }),
};
