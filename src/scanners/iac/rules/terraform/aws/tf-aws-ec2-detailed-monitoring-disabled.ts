import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * With five-minute metrics, short bursts of abuse such as crypto-mining or data transfer spikes are averaged away and noticed late.
 */
export const tfAwsEc2DetailedMonitoringDisabled: IacRule = {
  id: 'tf-aws-ec2-detailed-monitoring-disabled',
  title: 'EC2 detailed monitoring disabled',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_AWS_126'],
  description: 'An `aws_instance` without `monitoring = true` (basic 5-minute metrics are the default).',
  remediation: 'Set `monitoring = true` for one-minute CloudWatch metrics.',
  format: 'terraform',
  resourceTypes: ['aws_instance'],
  check: (resource) => expectAttribute(resource, 'monitoring', { accept: isBoolean(true), whenMissing: 'fail', message: 'detailed monitoring is off: short bursts of abuse are averaged away in five-minute metrics' }),
};
