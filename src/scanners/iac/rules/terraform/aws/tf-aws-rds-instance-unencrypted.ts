import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Database storage, its snapshots and read replicas hold customer data; unencrypted, anyone who gets hold of a snapshot shared by mistake or of the underlying media reads it without any key.
 */
export const tfAwsRdsInstanceUnencrypted: IacRule = {
  id: 'tf-aws-rds-instance-unencrypted',
  title: 'RDS instance storage not encrypted',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-311', 'CIS-AWS-2.3.1'],
  equivalents: ['CKV_AWS_16', 'AVD-AWS-0080'],
  description: 'An `aws_db_instance` whose `storage_encrypted` is not `true` (the provider default is unencrypted).',
  remediation: 'Set `storage_encrypted = true` (and `kms_key_id` to a customer managed key); an existing instance must be restored from an encrypted snapshot.',
  format: 'terraform',
  resourceTypes: ['aws_db_instance'],
  check: (resource) => expectAttribute(resource, 'storage_encrypted', { accept: isBoolean(true), whenMissing: 'fail', message: 'database storage is unencrypted: anyone who obtains a snapshot or the underlying volume reads the data without a key' }),
};
