import { valueAt, type IacResource } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';
import type { ResourceGraph } from '../../../resource-graph.ts';

const ALGORITHM = 'rule.apply_server_side_encryption_by_default.sse_algorithm';
const ACCEPTED = new Set(['AES256', 'aws:kms', 'aws:kms:dsse']);

/**
 * A bucket without default encryption stores objects as they were uploaded: whoever gets at the
 * underlying storage, a replicated copy or a misdirected backup reads them in clear, and no KMS
 * key policy stands between a leaked credential and the data.
 */
export const tfAwsS3BucketUnencrypted: IacRule = {
  id: 'tf-aws-s3-bucket-unencrypted',
  title: 'S3 bucket without default encryption',
  severity: 'high',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['aws_s3_bucket'],
  tags: ['CWE-311', 'CIS-AWS-2.1.1'],
  equivalents: ['CKV_AWS_19', 'AVD-AWS-0088'],
  description: 'An `aws_s3_bucket` with neither an inline `server_side_encryption_configuration` block nor a separate `aws_s3_bucket_server_side_encryption_configuration` resource pointing at it that sets `sse_algorithm` to `AES256`, `aws:kms` or `aws:kms:dsse`.',
  remediation: 'Add `resource "aws_s3_bucket_server_side_encryption_configuration"` with `bucket = aws_s3_bucket.<name>.id` and `rule { apply_server_side_encryption_by_default { sse_algorithm = "aws:kms" } }` (or the inline block on AWS provider v3).',
  check: (bucket, { graph }) => checkBucket(bucket, graph),
};

function checkBucket(bucket: IacResource, graph: ResourceGraph): IacVerdict {
  const inline = valueAt(bucket, `server_side_encryption_configuration.${ALGORITHM}`);
  if (isUnknown(inline)) return unknown(inline.reason, `server_side_encryption_configuration.${ALGORITHM}`);
  if (typeof inline === 'string' && ACCEPTED.has(inline)) return pass;
  const attached = graph.attachedTo(bucket, 'aws_s3_bucket_server_side_encryption_configuration', { attribute: 'bucket', targetAttribute: 'bucket' });
  let unknownReason: string | undefined;
  for (const configuration of attached) {
    const algorithm = valueAt(configuration, ALGORITHM);
    if (typeof algorithm === 'string' && ACCEPTED.has(algorithm)) return pass;
    if (isUnknown(algorithm)) unknownReason ??= algorithm.reason;
  }
  // A configuration whose bucket cannot be worked out may be this bucket's.
  for (const configuration of graph.ofType('aws_s3_bucket_server_side_encryption_configuration')) {
    const target = valueAt(configuration, 'bucket');
    if (isUnknown(target) && target.refersTo.length === 0 && configuration.references.length === 0) unknownReason ??= `an encryption configuration names a bucket that is not known: ${target.reason}`;
  }
  if (unknownReason !== undefined) return unknown(unknownReason);
  return fail('bucket objects are stored without default encryption: anyone who obtains the storage, a replica or a misrouted backup reads them in clear', inline === undefined ? undefined : `server_side_encryption_configuration.${ALGORITHM}`);
}
