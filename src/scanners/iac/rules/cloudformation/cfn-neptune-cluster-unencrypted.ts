import { expectAttribute, isBoolean } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * An unencrypted graph database keeps its data and snapshots in clear for whoever obtains the
 * storage or a shared snapshot.
 */
export const cfnNeptuneClusterUnencrypted: IacRule = {
  id: 'cfn-neptune-cluster-unencrypted',
  title: 'Neptune cluster not encrypted',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_44', 'AVD-AWS-0076'],
  description: 'An `AWS::Neptune::DBCluster` whose `StorageEncrypted` is missing or false.',
  remediation: 'Set `StorageEncrypted: true` (and `KmsKeyId` for a customer managed key).',
  format: 'cloudformation',
  resourceTypes: ['AWS::Neptune::DBCluster'],
  check: (dbcluster) =>
    expectAttribute(dbcluster, 'StorageEncrypted', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'the cluster storage is not encrypted: its graph data and snapshots are readable by whoever obtains them',
    }),
};
