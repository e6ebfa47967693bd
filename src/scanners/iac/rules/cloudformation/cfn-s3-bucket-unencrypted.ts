import { expectAttribute } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * Objects in a bucket without a default encryption rule are stored as uploaded unless every
 * writer asks for encryption; whoever gets at replicas, backups or the storage behind them reads
 * them, and no KMS key policy stands between a leaked credential and the data.
 */
export const cfnS3BucketUnencrypted: IacRule = {
  id: 'cfn-s3-bucket-unencrypted',
  title: 'S3 bucket without default encryption',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-311', 'CIS-AWS-2.1.1'],
  equivalents: ['CKV_AWS_19', 'AVD-AWS-0088'],
  description: 'An `AWS::S3::Bucket` whose first `BucketEncryption.ServerSideEncryptionConfiguration` rule does not set `ServerSideEncryptionByDefault.SSEAlgorithm` to `AES256`, `aws:kms` or `aws:kms:dsse` (a bucket without `BucketEncryption` fails too, as in Checkov\'s published CfnGoat results, although AWS now applies SSE-S3 to new buckets).',
  remediation: 'Add `BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: aws:kms, KMSMasterKeyID: !Ref BucketKey } }] }`.',
  format: 'cloudformation',
  resourceTypes: ['AWS::S3::Bucket'],
  check: (bucket) =>
    expectAttribute(bucket, 'BucketEncryption.ServerSideEncryptionConfiguration.0.ServerSideEncryptionByDefault.SSEAlgorithm', {
      accept: (value) => value === 'AES256' || value === 'aws:kms' || value === 'aws:kms:dsse',
      whenMissing: 'fail',
      message: 'the bucket declares no default encryption: objects are stored as uploaded and readable by whoever gets replicas, backups or the storage behind them',
    }),
};
