import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without IAM authentication every client uses a long-lived database password, which leaks through config files and cannot be revoked per user; IAM tokens expire after minutes and are tied to an identity.
 */
export const tfAwsRdsClusterIamAuthDisabled: IacRule = {
  id: 'tf-aws-rds-cluster-iam-auth-disabled',
  title: 'RDS cluster without IAM authentication',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-287'],
  equivalents: ['CKV_AWS_162', 'CKV_AWS_128', 'AVD-AWS-0176'],
  description: 'An `aws_rds_cluster` without `iam_database_authentication_enabled = true`.',
  remediation: 'Set `iam_database_authentication_enabled = true` and connect with IAM authentication tokens instead of stored passwords.',
  format: 'terraform',
  resourceTypes: ['aws_rds_cluster'],
  check: (resource) => expectAttribute(resource, 'iam_database_authentication_enabled', { accept: isBoolean(true), whenMissing: 'fail', message: 'cluster logins rely only on long-lived passwords: a leaked password keeps working until someone rotates it by hand' }),
};
