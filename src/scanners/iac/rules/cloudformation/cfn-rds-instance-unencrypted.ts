import { expectAttribute, isBoolean } from '../../checks/attribute-verdict.ts';
import { valueAt } from '../../iac-resource.ts';
import { pass, type IacRule } from '../../iac-rule.ts';

/**
 * An unencrypted database keeps its data, snapshots and read replicas in clear: a shared or
 * leaked snapshot, or access to the underlying storage, exposes every row.
 */
export const cfnRdsInstanceUnencrypted: IacRule = {
  id: 'cfn-rds-instance-unencrypted',
  title: 'RDS instance storage not encrypted',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-311', 'CIS-AWS-2.3.1'],
  equivalents: ['CKV_AWS_16', 'AVD-AWS-0080'],
  description: 'An `AWS::RDS::DBInstance` (not Aurora, whose encryption is set on the cluster) whose `StorageEncrypted` is missing or false.',
  remediation: 'Set `StorageEncrypted: true` (and `KmsKeyId` for a customer managed key); an existing instance is encrypted by restoring an encrypted snapshot copy.',
  format: 'cloudformation',
  resourceTypes: ['AWS::RDS::DBInstance'],
  check(instance) {
    const engine = valueAt(instance, 'Engine');
    if (typeof engine === 'string' && engine.includes('aurora')) return pass;
    return expectAttribute(instance, 'StorageEncrypted', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'the database storage is not encrypted: its data, snapshots and replicas are readable by whoever obtains them',
    });
  },
};
