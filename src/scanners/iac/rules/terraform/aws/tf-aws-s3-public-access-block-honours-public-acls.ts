import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Public ACLs already on the bucket or its objects keep granting access to everyone unless they are ignored.
 */
export const tfAwsS3PublicAccessBlockHonoursPublicAcls: IacRule = {
  id: 'tf-aws-s3-public-access-block-honours-public-acls',
  title: 'S3 public access block does not ignore public ACLs',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_55', 'AVD-AWS-0091'],
  description: 'An `aws_s3_bucket_public_access_block` without `ignore_public_acls = true`.',
  remediation: 'Set `ignore_public_acls = true`.',
  format: 'terraform',
  resourceTypes: ['aws_s3_bucket_public_access_block'],
  check: (resource) => expectAttribute(resource, 'ignore_public_acls', { accept: isBoolean(true), whenMissing: 'fail', message: 'existing public ACLs are still honoured: objects that already carry one stay readable by anyone' }),
};
