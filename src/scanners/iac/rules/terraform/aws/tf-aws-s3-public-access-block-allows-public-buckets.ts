import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A public bucket policy already in place keeps letting anonymous and cross-account principals in unless public buckets are restricted.
 */
export const tfAwsS3PublicAccessBlockAllowsPublicBuckets: IacRule = {
  id: 'tf-aws-s3-public-access-block-allows-public-buckets',
  title: 'S3 public access block does not restrict public buckets',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_56', 'AVD-AWS-0093'],
  description: 'An `aws_s3_bucket_public_access_block` without `restrict_public_buckets = true`.',
  remediation: 'Set `restrict_public_buckets = true`.',
  format: 'terraform',
  resourceTypes: ['aws_s3_bucket_public_access_block'],
  check: (resource) => expectAttribute(resource, 'restrict_public_buckets', { accept: isBoolean(true), whenMissing: 'fail', message: 'a public bucket policy still takes effect: anonymous users keep access through it' }),
};
