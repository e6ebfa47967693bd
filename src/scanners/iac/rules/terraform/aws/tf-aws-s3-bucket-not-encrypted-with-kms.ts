import { companionsOf } from '../../../checks/terraform-companions.ts';
import { valuesAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown, type IacValue } from '../../../iac-value.ts';

const algorithmPath = 'rule.apply_server_side_encryption_by_default.sse_algorithm';

/**
 * S3 encrypts new objects with S3-managed keys by default, which protects only against stolen
 * disks: anyone with read access to the bucket reads the data. With KMS, reading also needs the
 * key, whose policy you control, and every decryption is logged in CloudTrail.
 */
export const tfAwsS3BucketNotEncryptedWithKms: IacRule = {
  id: 'tf-aws-s3-bucket-not-encrypted-with-kms',
  title: 'S3 bucket not encrypted with KMS by default',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_145', 'AVD-AWS-0132'],
  description: 'An `aws_s3_bucket` whose default encryption is not `aws:kms`, neither in a `server_side_encryption_configuration` block nor in an `aws_s3_bucket_server_side_encryption_configuration` resource pointing at it.',
  remediation: 'Add `resource "aws_s3_bucket_server_side_encryption_configuration" "x" { bucket = aws_s3_bucket.x.id; rule { apply_server_side_encryption_by_default { sse_algorithm = "aws:kms", kms_master_key_id = aws_kms_key.s3.arn } } }`.',
  format: 'terraform',
  resourceTypes: ['aws_s3_bucket'],
  check(bucket, { graph }) {
    const companions = companionsOf(bucket, graph, 'aws_s3_bucket_server_side_encryption_configuration', 'bucket', 'bucket');
    const algorithms: IacValue[] = [
      ...valuesAt(bucket, `server_side_encryption_configuration.${algorithmPath}`),
      ...companions.flatMap((config) => valuesAt(config, algorithmPath)),
    ];
    if (algorithms.includes('aws:kms')) return pass;
    const undecided = algorithms.find(isUnknown);
    if (undecided) return unknown(undecided.reason);
    return fail('objects are not encrypted with a KMS key by default: anyone allowed to read the bucket reads the data, with no key policy or decryption log in between');
  },
};
