import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Audit logs record connections and queries against the warehouse; without them a data theft through a stolen login cannot be reconstructed.
 */
export const tfAwsRedshiftClusterLoggingDisabled: IacRule = {
  id: 'tf-aws-redshift-cluster-logging-disabled',
  title: 'Redshift audit logging disabled',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_AWS_71'],
  description: 'An `aws_redshift_cluster` without `logging { enable = true }`.',
  remediation: 'Add `logging { enable = true, bucket_name = aws_s3_bucket.audit.id }` (or `log_destination_type = "cloudwatch"`).',
  format: 'terraform',
  resourceTypes: ['aws_redshift_cluster'],
  check: (resource) => expectAttribute(resource, 'logging.enable', { accept: isBoolean(true), whenMissing: 'fail', message: 'audit logging is off: connections and queries against the warehouse leave no record' }),
};
