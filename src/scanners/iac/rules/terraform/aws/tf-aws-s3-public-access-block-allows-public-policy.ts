import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without it, a bucket policy granting access to everyone can be attached, publishing the whole bucket in one call.
 */
export const tfAwsS3PublicAccessBlockAllowsPublicPolicy: IacRule = {
  id: 'tf-aws-s3-public-access-block-allows-public-policy',
  title: 'S3 public access block does not block public policies',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_54', 'AVD-AWS-0087'],
  description: 'An `aws_s3_bucket_public_access_block` without `block_public_policy = true`.',
  remediation: 'Set `block_public_policy = true`.',
  format: 'terraform',
  resourceTypes: ['aws_s3_bucket_public_access_block'],
  check: (resource) => expectAttribute(resource, 'block_public_policy', { accept: isBoolean(true), whenMissing: 'fail', message: 'public bucket policies are accepted: one policy granting "*" publishes the whole bucket' }),
};
