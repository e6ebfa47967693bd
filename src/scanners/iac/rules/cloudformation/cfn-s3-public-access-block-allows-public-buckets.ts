import { expectAttribute, isBoolean } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * S3 Block Public Access is the account's safety net against public buckets: each of its four
 * switches closes one way data becomes public. Left off, a single mistaken ACL or bucket policy
 * is enough to publish the bucket.
 */
export const cfnS3PublicAccessBlockAllowsPublicBuckets: IacRule = {
  id: 'cfn-s3-public-access-block-allows-public-buckets',
  title: 'S3 bucket public access block without RestrictPublicBuckets',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-284', 'CIS-AWS-2.1.4'],
  equivalents: ['CKV_AWS_56', 'AVD-AWS-0093'],
  description: 'An `AWS::S3::Bucket` whose `PublicAccessBlockConfiguration.RestrictPublicBuckets` is missing or not `true`.',
  remediation: 'Add `PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true }` to the bucket.',
  format: 'cloudformation',
  resourceTypes: ['AWS::S3::Bucket'],
  check: (bucket) =>
    expectAttribute(bucket, 'PublicAccessBlockConfiguration.RestrictPublicBuckets', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'the bucket does not set RestrictPublicBuckets: a public bucket policy still grants anonymous and cross-account access',
    }),
};
