import { companionsOf } from '../../../checks/terraform-companions.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

/**
 * Without versioning an overwritten or deleted object is gone: ransomware that encrypts objects
 * in place, or an attacker or script deleting them, leaves nothing to restore.
 */
export const tfAwsS3BucketVersioningDisabled: IacRule = {
  id: 'tf-aws-s3-bucket-versioning-disabled',
  title: 'S3 bucket versioning disabled',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-693'],
  equivalents: ['CKV_AWS_21', 'AVD-AWS-0090'],
  description: 'An `aws_s3_bucket` without `versioning { enabled = true }` and without an `aws_s3_bucket_versioning` resource whose `versioning_configuration.status` is `Enabled` (AWS provider v4+).',
  remediation: 'Add `resource "aws_s3_bucket_versioning" "x" { bucket = aws_s3_bucket.x.id; versioning_configuration { status = "Enabled" } }` (or `versioning { enabled = true }` on provider v3).',
  format: 'terraform',
  resourceTypes: ['aws_s3_bucket'],
  check(bucket, { graph }) {
    const inline = asBoolean(valueAt(bucket, 'versioning.enabled'));
    if (inline === true) return pass;
    const companions = companionsOf(bucket, graph, 'aws_s3_bucket_versioning', 'bucket', 'bucket');
    let undecided = isUnknown(inline) ? unknown(inline.reason, 'versioning.enabled') : undefined;
    for (const versioning of companions) {
      const status = valueAt(versioning, 'versioning_configuration.status');
      if (status === 'Enabled') return pass;
      if (isUnknown(status)) undecided ??= unknown(status.reason);
    }
    if (undecided) return undecided;
    return fail('versioning is off: objects overwritten or deleted by ransomware, an attacker or a bad script cannot be recovered', inline === false ? 'versioning.enabled' : undefined);
  },
};
