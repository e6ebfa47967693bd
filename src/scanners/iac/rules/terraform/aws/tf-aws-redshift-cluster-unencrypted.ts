import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A data warehouse holds the most complete copy of business data; unencrypted, its storage and snapshots are readable by whoever obtains them.
 */
export const tfAwsRedshiftClusterUnencrypted: IacRule = {
  id: 'tf-aws-redshift-cluster-unencrypted',
  title: 'Redshift cluster not encrypted',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_64', 'AVD-AWS-0084'],
  description: 'An `aws_redshift_cluster` without `encrypted = true`.',
  remediation: 'Set `encrypted = true` and `kms_key_id = aws_kms_key.redshift.arn`.',
  format: 'terraform',
  resourceTypes: ['aws_redshift_cluster'],
  check: (resource) => expectAttribute(resource, 'encrypted', { accept: isBoolean(true), whenMissing: 'fail', message: 'the warehouse is unencrypted: anyone who obtains its storage or a snapshot reads the data' }),
};
