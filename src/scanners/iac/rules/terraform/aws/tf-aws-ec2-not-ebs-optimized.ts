import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without dedicated EBS bandwidth, network load competes with disk I/O, so a traffic spike can starve the instance storage and take the service down.
 */
export const tfAwsEc2NotEbsOptimized: IacRule = {
  id: 'tf-aws-ec2-not-ebs-optimized',
  title: 'EC2 instance not EBS optimized',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-400'],
  equivalents: ['CKV_AWS_135'],
  description: 'An `aws_instance` without `ebs_optimized = true`.',
  remediation: 'Set `ebs_optimized = true` (free and on by default for current instance types).',
  format: 'terraform',
  resourceTypes: ['aws_instance'],
  check: (resource) => expectAttribute(resource, 'ebs_optimized', { accept: isBoolean(true), whenMissing: 'fail', message: 'the instance is not EBS optimized: network traffic competes with disk I/O and can starve the service' }),
};
