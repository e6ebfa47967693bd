import { expectAttribute } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * A public-read canned ACL lets anyone on the internet list the bucket and download its
 * objects, without credentials; it is the classic S3 data leak.
 */
export const cfnS3BucketAclPublicRead: IacRule = {
  id: 'cfn-s3-bucket-acl-public-read',
  title: 'S3 bucket readable by everyone',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-284', 'CWE-200'],
  equivalents: ['CKV_AWS_20', 'AVD-AWS-0092'],
  description: 'An `AWS::S3::Bucket` whose `AccessControl` is `PublicRead` or `PublicReadWrite`.',
  remediation: 'Remove `AccessControl` (buckets are private by default) or set it to `Private`; serve public content through CloudFront with origin access control.',
  format: 'cloudformation',
  resourceTypes: ['AWS::S3::Bucket'],
  check: (bucket) =>
    expectAttribute(bucket, 'AccessControl', {
      accept: (value) => value !== 'PublicRead' && value !== 'PublicReadWrite',
      whenMissing: 'pass',
      message: 'the bucket ACL grants read access to everyone: anyone on the internet can list and download its objects',
    }),
};
