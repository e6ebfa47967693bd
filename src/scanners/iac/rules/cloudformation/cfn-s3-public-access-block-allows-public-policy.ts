import { expectAttribute, isBoolean } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * S3 Block Public Access is the account's safety net against public buckets: each of its four
 * switches closes one way data becomes public. Left off, a single mistaken ACL or bucket policy
 * is enough to publish the bucket.
 */
export const cfnS3PublicAccessBlockAllowsPublicPolicy: IacRule = {
  id: 'cfn-s3-public-access-block-allows-public-policy',
  title: 'S3 bucket public access block without BlockPublicPolicy',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-284', 'CIS-AWS-2.1.4'],
  equivalents: ['CKV_AWS_54', 'AVD-AWS-0087'],
  description: 'An `AWS::S3::Bucket` whose `PublicAccessBlockConfiguration.BlockPublicPolicy` is missing or not `true`.',
  remediation: 'Add `PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true }` to the bucket.',
  format: 'cloudformation',
  resourceTypes: ['AWS::S3::Bucket'],
  check: (bucket) =>
    expectAttribute(bucket, 'PublicAccessBlockConfiguration.BlockPublicPolicy', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'the bucket does not set BlockPublicPolicy: a bucket policy granting public access can still be attached, so one policy edit exposes the whole bucket',
    }),
};
