import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Documents, backups and snapshots of an unencrypted cluster are readable by whoever obtains the storage or a shared snapshot.
 */
export const tfAwsDocdbClusterUnencrypted: IacRule = {
  id: 'tf-aws-docdb-cluster-unencrypted',
  title: 'DocumentDB cluster not encrypted',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_74', 'AVD-AWS-0021'],
  description: 'An `aws_docdb_cluster` without `storage_encrypted = true` (unencrypted by default).',
  remediation: 'Set `storage_encrypted = true` and `kms_key_id` (changing it replaces the cluster).',
  format: 'terraform',
  resourceTypes: ['aws_docdb_cluster'],
  check: (resource) => expectAttribute(resource, 'storage_encrypted', { accept: isBoolean(true), whenMissing: 'fail', message: 'cluster storage is unencrypted: anyone who obtains a snapshot or the storage reads the documents' }),
};
