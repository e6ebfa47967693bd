import { expectAttribute, isOneOf } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * Stream records carry events, clicks and transactions; without KMS encryption they sit in clear
 * in the stream's storage for the whole retention period.
 */
export const cfnKinesisStreamUnencrypted: IacRule = {
  id: 'cfn-kinesis-stream-unencrypted',
  title: 'Kinesis stream not encrypted with KMS',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_43', 'AVD-AWS-0064'],
  description: 'An `AWS::Kinesis::Stream` whose `StreamEncryption.EncryptionType` is missing or not `KMS`.',
  remediation: 'Set `StreamEncryption: { EncryptionType: KMS, KeyId: alias/aws/kinesis }` (or a customer managed key).',
  format: 'cloudformation',
  resourceTypes: ['AWS::Kinesis::Stream'],
  check: (stream) =>
    expectAttribute(stream, 'StreamEncryption.EncryptionType', {
      accept: isOneOf('KMS'),
      whenMissing: 'fail',
      message: 'the stream is not encrypted with KMS: its records are stored in clear for the whole retention period',
    }),
};
