import { expectAttribute, isSet } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * Messages often carry orders, tokens and personal data; without a KMS key of your own
 * there is no key policy or key audit between a leaked queue permission and their contents.
 */
export const cfnSqsQueueUnencrypted: IacRule = {
  id: 'cfn-sqs-queue-unencrypted',
  title: 'SQS queue not encrypted with KMS',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_27', 'AVD-AWS-0096'],
  description: 'An `AWS::SQS::Queue` without `KmsMasterKeyId` (SQS-managed SSE alone does not pass, as in Checkov).',
  remediation: 'Set `KmsMasterKeyId: !Ref QueueKey` (or `alias/aws/sqs`).',
  format: 'cloudformation',
  resourceTypes: ['AWS::SQS::Queue'],
  check: (queue) =>
    expectAttribute(queue, 'KmsMasterKeyId', {
      accept: isSet,
      whenMissing: 'fail',
      message: 'the queue is not encrypted with a KMS key: message contents have no key policy or key audit protecting them',
    }),
};
