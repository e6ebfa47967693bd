import { judgeBucketAcl } from '../../../checks/terraform-s3-acl.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A public-read-write ACL lets anyone upload, overwrite and delete objects: attackers host malware
 * on your domain, replace scripts your sites load, or wipe the data, all billed to you.
 */
export const tfAwsS3BucketAclPublicWrite: IacRule = {
  id: 'tf-aws-s3-bucket-acl-public-write',
  title: 'S3 bucket ACL allows public write',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_57'],
  description: 'An `aws_s3_bucket` whose `acl`, or an `aws_s3_bucket_acl` pointing at it, is `public-read-write`, or grants AllUsers `WRITE`, `WRITE_ACP` or `FULL_CONTROL` in `access_control_policy`.',
  remediation: 'Use `acl = "private"` (or `object_ownership = "BucketOwnerEnforced"` with no ACL) and give writers IAM permissions instead.',
  format: 'terraform',
  resourceTypes: ['aws_s3_bucket'],
  check: (bucket, { graph }) =>
    judgeBucketAcl(bucket, graph, {
      cannedAcls: ['public-read-write'],
      grantPermissions: ['WRITE', 'WRITE_ACP', 'FULL_CONTROL'],
      message: 'the bucket ACL lets anyone on the internet upload, overwrite and delete its objects',
    }),
};
