import { expectAttribute, isSet } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * Notifications carry alerts, events and sometimes personal data; unencrypted topics store
 * them at rest without a key policy between a leaked permission and the messages.
 */
export const cfnSnsTopicUnencrypted: IacRule = {
  id: 'cfn-sns-topic-unencrypted',
  title: 'SNS topic not encrypted with KMS',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_26', 'AVD-AWS-0095'],
  description: 'An `AWS::SNS::Topic` without `KmsMasterKeyId`.',
  remediation: 'Set `KmsMasterKeyId: !Ref TopicKey` (or `alias/aws/sns`).',
  format: 'cloudformation',
  resourceTypes: ['AWS::SNS::Topic'],
  check: (topic) =>
    expectAttribute(topic, 'KmsMasterKeyId', {
      accept: isSet,
      whenMissing: 'fail',
      message: 'the topic is not encrypted with a KMS key: its messages are stored without a key policy protecting them',
    }),
};
