import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Graph data, backups and snapshots of an unencrypted cluster are readable by anyone who obtains the storage or a shared snapshot.
 */
export const tfAwsNeptuneClusterUnencrypted: IacRule = {
  id: 'tf-aws-neptune-cluster-unencrypted',
  title: 'Neptune cluster storage not encrypted',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_44'],
  description: 'An `aws_neptune_cluster` without `storage_encrypted = true`.',
  remediation: 'Set `storage_encrypted = true` and `kms_key_arn` to a customer managed key (changing it replaces the cluster).',
  format: 'terraform',
  resourceTypes: ['aws_neptune_cluster'],
  check: (resource) => expectAttribute(resource, 'storage_encrypted', { accept: isBoolean(true), whenMissing: 'fail', message: 'graph storage is unencrypted: anyone who obtains a snapshot or the storage reads the data' }),
};
