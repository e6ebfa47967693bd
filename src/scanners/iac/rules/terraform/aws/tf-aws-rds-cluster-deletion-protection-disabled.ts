import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without deletion protection one mistaken `terraform destroy` or one stolen credential with rds:DeleteDBCluster removes the database in a single call.
 */
export const tfAwsRdsClusterDeletionProtectionDisabled: IacRule = {
  id: 'tf-aws-rds-cluster-deletion-protection-disabled',
  title: 'RDS cluster deletion protection disabled',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-693'],
  equivalents: ['CKV_AWS_139', 'AVD-AWS-0177'],
  description: 'An `aws_rds_cluster` without `deletion_protection = true` (off by default).',
  remediation: 'Set `deletion_protection = true`; it must be turned off deliberately before the cluster can be deleted.',
  format: 'terraform',
  resourceTypes: ['aws_rds_cluster'],
  check: (resource) => expectAttribute(resource, 'deletion_protection', { accept: isBoolean(true), whenMissing: 'fail', message: 'deletion protection is off: a single mistaken destroy or a stolen credential deletes the whole cluster' }),
};
