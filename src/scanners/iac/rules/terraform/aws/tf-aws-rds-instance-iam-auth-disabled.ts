import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/**
 * Without IAM authentication every client uses a long-lived database password, which leaks through config files and cannot be revoked per user; IAM tokens expire after minutes and are tied to an identity.
 */
export const tfAwsRdsInstanceIamAuthDisabled: IacRule = {
  id: 'tf-aws-rds-instance-iam-auth-disabled',
  title: 'RDS instance without IAM authentication',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-287'],
  equivalents: ['CKV_AWS_161', 'AVD-AWS-0176'],
  description: 'A MySQL or PostgreSQL `aws_db_instance` (the engines that support it) without `iam_database_authentication_enabled = true`; other engines are not judged.',
  remediation: 'Set `iam_database_authentication_enabled = true` and have applications connect with short-lived IAM tokens instead of stored passwords.',
  format: 'terraform',
  resourceTypes: ['aws_db_instance'],
  check(resource) {
    const engine = valueAt(resource, 'engine');
    if (isUnknown(engine)) return unknown(engine.reason, 'engine');
    // Only these engines support IAM database authentication; others are not judged.
    if (engine !== 'mysql' && engine !== 'postgres') return unknown('IAM database authentication applies to MySQL and PostgreSQL only', 'engine');
    return expectAttribute(resource, 'iam_database_authentication_enabled', { accept: isBoolean(true), whenMissing: 'fail', message: 'database logins rely only on long-lived passwords: a leaked password keeps working until someone rotates it by hand' });
  },
};
