import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Attackers who get credentials often work in regions nobody watches (crypto-mining in an unused region is a classic); a single-region trail records none of it.
 */
export const tfAwsCloudtrailNotMultiRegion: IacRule = {
  id: 'tf-aws-cloudtrail-not-multi-region',
  title: 'CloudTrail trail not multi-region',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-778', 'CIS-AWS-3.1'],
  equivalents: ['CKV_AWS_67', 'AVD-AWS-0014'],
  description: 'An `aws_cloudtrail` without `is_multi_region_trail = true`.',
  remediation: 'Set `is_multi_region_trail = true` so API activity in every region, including ones you do not use, is recorded.',
  format: 'terraform',
  resourceTypes: ['aws_cloudtrail'],
  check: (resource) => expectAttribute(resource, 'is_multi_region_trail', { accept: isBoolean(true), whenMissing: 'fail', message: 'the trail records only one region: activity an attacker runs in any other region leaves no audit record' }),
};
