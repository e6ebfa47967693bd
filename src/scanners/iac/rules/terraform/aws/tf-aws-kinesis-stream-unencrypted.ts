import { expectAttribute, isOneOf } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Records in an unencrypted stream (events, clicks, logs with personal data) are stored in clear for the whole retention period.
 */
export const tfAwsKinesisStreamUnencrypted: IacRule = {
  id: 'tf-aws-kinesis-stream-unencrypted',
  title: 'Kinesis stream not encrypted',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_43', 'AVD-AWS-0064'],
  description: 'An `aws_kinesis_stream` whose `encryption_type` is not `KMS` (the default is `NONE`).',
  remediation: 'Set `encryption_type = "KMS"` and `kms_key_id = "alias/aws/kinesis"` or a customer managed key.',
  format: 'terraform',
  resourceTypes: ['aws_kinesis_stream'],
  check: (resource) => expectAttribute(resource, 'encryption_type', { accept: isOneOf('KMS'), whenMissing: 'fail', message: 'stream records are stored unencrypted for the whole retention period' }),
};
