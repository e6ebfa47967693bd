import { companionsOf } from '../../../checks/terraform-companions.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

/**
 * A public access block is the safety net under every bucket ACL and policy: with it, a later
 * `public-read` ACL or a policy granting `*` is refused. Without it, one careless change publishes
 * the bucket, the most common cause of cloud data leaks.
 */
export const tfAwsS3BucketNoPublicAccessBlock: IacRule = {
  id: 'tf-aws-s3-bucket-no-public-access-block',
  title: 'S3 bucket without a public access block',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284', 'CIS-AWS-2.1.5'],
  equivalents: ['CKV2_AWS_6', 'AVD-AWS-0094'],
  description: 'An `aws_s3_bucket` that no `aws_s3_bucket_public_access_block` points at with both `block_public_acls = true` and `block_public_policy = true`.',
  remediation: 'Add `resource "aws_s3_bucket_public_access_block" "x" { bucket = aws_s3_bucket.x.id, block_public_acls = true, block_public_policy = true, ignore_public_acls = true, restrict_public_buckets = true }`.',
  format: 'terraform',
  resourceTypes: ['aws_s3_bucket'],
  check(bucket, { graph }) {
    const blocks = companionsOf(bucket, graph, 'aws_s3_bucket_public_access_block', 'bucket', 'bucket');
    let undecided: string | undefined;
    for (const block of blocks) {
      const acls = asBoolean(valueAt(block, 'block_public_acls'));
      const policy = asBoolean(valueAt(block, 'block_public_policy'));
      if (acls === true && policy === true) return pass;
      const unresolved = [acls, policy].find(isUnknown);
      if (unresolved) undecided ??= unresolved.reason;
    }
    if (undecided !== undefined) return unknown(undecided);
    const message = blocks.length === 0
      ? 'no public access block guards the bucket: a single public ACL or bucket policy change exposes its objects to the internet'
      : 'the public access block does not block both public ACLs and public policies: one careless change can still expose the bucket';
    return fail(message);
  },
};
