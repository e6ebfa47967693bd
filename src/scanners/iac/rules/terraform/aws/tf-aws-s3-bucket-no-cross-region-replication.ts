import { companionsOf } from '../../../checks/terraform-companions.ts';
import { valuesAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown, type IacValue } from '../../../iac-value.ts';

/**
 * Without replication a bucket lives in one region and one blast radius: a regional outage, or
 * an attacker who deletes it, leaves no copy elsewhere.
 */
export const tfAwsS3BucketNoCrossRegionReplication: IacRule = {
  id: 'tf-aws-s3-bucket-no-cross-region-replication',
  title: 'S3 bucket without cross-region replication',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-693'],
  equivalents: ['CKV_AWS_144'],
  description: 'An `aws_s3_bucket` with no enabled replication rule, neither in a `replication_configuration` block nor in an `aws_s3_bucket_replication_configuration` resource whose `bucket` is this bucket.',
  remediation: 'Add an `aws_s3_bucket_replication_configuration` with `bucket = aws_s3_bucket.x.id` and a `rule { status = "Enabled"; destination { bucket = aws_s3_bucket.replica.arn } }` in another region.',
  format: 'terraform',
  resourceTypes: ['aws_s3_bucket'],
  check(bucket, { graph }) {
    const companions = companionsOf(bucket, graph, 'aws_s3_bucket_replication_configuration', 'bucket', 'bucket');
    const statuses: IacValue[] = [
      ...valuesAt(bucket, 'replication_configuration.rules.status'),
      ...companions.flatMap((config) => valuesAt(config, 'rule.status')),
    ];
    if (statuses.includes('Enabled')) return pass;
    const undecided = statuses.find(isUnknown);
    if (undecided) return unknown(undecided.reason);
    return fail('the bucket is not replicated to another region: a regional outage or a malicious deletion leaves no copy');
  },
};
