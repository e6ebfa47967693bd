import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without it, a request that sets a public ACL on the bucket or an object succeeds, so one careless upload with `--acl public-read` publishes data.
 */
export const tfAwsS3PublicAccessBlockAllowsPublicAcls: IacRule = {
  id: 'tf-aws-s3-public-access-block-allows-public-acls',
  title: 'S3 public access block does not block public ACLs',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_53', 'AVD-AWS-0086'],
  description: 'An `aws_s3_bucket_public_access_block` without `block_public_acls = true`.',
  remediation: 'Set `block_public_acls = true`.',
  format: 'terraform',
  resourceTypes: ['aws_s3_bucket_public_access_block'],
  check: (resource) => expectAttribute(resource, 'block_public_acls', { accept: isBoolean(true), whenMissing: 'fail', message: 'new public ACLs are accepted: one upload or change with a public-read ACL exposes objects to the internet' }),
};
