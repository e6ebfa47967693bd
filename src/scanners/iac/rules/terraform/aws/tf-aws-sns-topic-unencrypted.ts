import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Messages waiting for delivery are stored unencrypted, so notifications carrying personal data or tokens are exposed at rest.
 */
export const tfAwsSnsTopicUnencrypted: IacRule = {
  id: 'tf-aws-sns-topic-unencrypted',
  title: 'SNS topic not encrypted',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_26', 'AVD-AWS-0095'],
  description: 'An `aws_sns_topic` without `kms_master_key_id`.',
  remediation: 'Set `kms_master_key_id = "alias/aws/sns"` or, better, a customer managed key.',
  format: 'terraform',
  resourceTypes: ['aws_sns_topic'],
  check: (resource) => expectAttribute(resource, 'kms_master_key_id', { accept: isSet, whenMissing: 'fail', message: 'messages are stored unencrypted: notifications carrying personal data or tokens are exposed at rest' }),
};
