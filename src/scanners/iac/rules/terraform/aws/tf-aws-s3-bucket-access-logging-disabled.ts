import { isMissing } from '../../../checks/attribute-verdict.ts';
import { companionsOf } from '../../../checks/terraform-companions.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../../iac-rule.ts';

/**
 * Server access logs record every request to the bucket; after a leak they are how you learn
 * which objects were read, when, and from where.
 */
export const tfAwsS3BucketAccessLoggingDisabled: IacRule = {
  id: 'tf-aws-s3-bucket-access-logging-disabled',
  title: 'S3 bucket access logging disabled',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_AWS_18', 'AVD-AWS-0089'],
  description: 'An `aws_s3_bucket` without a `logging` block and without an `aws_s3_bucket_logging` resource pointing at it (AWS provider v4+).',
  remediation: 'Add `resource "aws_s3_bucket_logging" "x" { bucket = aws_s3_bucket.x.id, target_bucket = aws_s3_bucket.logs.id, target_prefix = "x/" }` (or a `logging` block on provider v3).',
  format: 'terraform',
  resourceTypes: ['aws_s3_bucket'],
  check(bucket, { graph }) {
    if (!isMissing(valueAt(bucket, 'logging'))) return pass;
    const companions = companionsOf(bucket, graph, 'aws_s3_bucket_logging', 'bucket', 'bucket');
    if (companions.length > 0) return pass;
    return fail('access logging is off: after a leak nobody can tell which objects were read, when, or by whom');
  },
};
