import { judgeBucketAcl } from '../../../checks/terraform-s3-acl.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A public-read ACL lets anyone on the internet list and download the bucket objects; leaked
 * backups, customer exports and logs found this way are the classic cloud data breach.
 */
export const tfAwsS3BucketAclPublicRead: IacRule = {
  id: 'tf-aws-s3-bucket-acl-public-read',
  title: 'S3 bucket ACL allows public read',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_20', 'AVD-AWS-0092'],
  description: 'An `aws_s3_bucket` whose `acl`, or an `aws_s3_bucket_acl` pointing at it, is `public-read`, `public-read-write`, `authenticated-read` or `website`, or grants AllUsers any permission in `access_control_policy`.',
  remediation: 'Use `acl = "private"` (or, better, `object_ownership = "BucketOwnerEnforced"` with no ACL) and serve public content through CloudFront with an origin access control.',
  format: 'terraform',
  resourceTypes: ['aws_s3_bucket'],
  check: (bucket, { graph }) =>
    judgeBucketAcl(bucket, graph, {
      cannedAcls: ['public-read', 'public-read-write', 'authenticated-read', 'website'],
      message: 'the bucket ACL lets anyone on the internet list and download its objects',
    }),
};
