import { expectAttribute, isBoolean } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * An unencrypted document database keeps its collections, snapshots and replicas in clear: a
 * shared snapshot or access to the storage exposes every document.
 */
export const cfnDocdbClusterUnencrypted: IacRule = {
  id: 'cfn-docdb-cluster-unencrypted',
  title: 'DocumentDB cluster not encrypted',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_74', 'AVD-AWS-0021'],
  description: 'An `AWS::DocDB::DBCluster` whose `StorageEncrypted` is missing or false.',
  remediation: 'Set `StorageEncrypted: true` (and `KmsKeyId` for a customer managed key); existing clusters are encrypted by restoring an encrypted snapshot.',
  format: 'cloudformation',
  resourceTypes: ['AWS::DocDB::DBCluster'],
  check: (dbcluster) =>
    expectAttribute(dbcluster, 'StorageEncrypted', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'the cluster storage is not encrypted: its documents, snapshots and replicas are readable by whoever obtains them',
    }),
};
