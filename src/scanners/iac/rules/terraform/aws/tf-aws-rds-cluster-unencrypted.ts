import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { pass, type IacRule } from '../../../iac-rule.ts';

/**
 * Cluster volumes and snapshots hold the database; unencrypted, a leaked or wrongly shared snapshot gives its data to whoever gets it.
 */
export const tfAwsRdsClusterUnencrypted: IacRule = {
  id: 'tf-aws-rds-cluster-unencrypted',
  title: 'Aurora/RDS cluster storage not encrypted',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-311', 'CIS-AWS-2.3.1'],
  equivalents: ['CKV_AWS_96', 'AVD-AWS-0079'],
  description: 'An `aws_rds_cluster` whose `storage_encrypted` is not `true`; Aurora Serverless v1 clusters (`engine_mode = "serverless"`) are always encrypted and pass.',
  remediation: 'Set `storage_encrypted = true` and `kms_key_id` to a customer managed key; existing clusters must be restored from an encrypted snapshot.',
  format: 'terraform',
  resourceTypes: ['aws_rds_cluster'],
  check(resource) {
    // Aurora Serverless v1 storage is always encrypted, whatever the attribute says.
    if (valueAt(resource, 'engine_mode') === 'serverless') return pass;
    return expectAttribute(resource, 'storage_encrypted', { accept: isBoolean(true), whenMissing: 'fail', message: 'cluster storage is unencrypted: anyone who obtains a snapshot or the underlying storage reads the database' });
  },
};
