import { expectAttribute, isBoolean } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * A data warehouse holds the organisation's most aggregated data; unencrypted, its storage and
 * snapshots are readable by whoever obtains them.
 */
export const cfnRedshiftClusterUnencrypted: IacRule = {
  id: 'cfn-redshift-cluster-unencrypted',
  title: 'Redshift cluster not encrypted',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_64', 'AVD-AWS-0084'],
  description: 'An `AWS::Redshift::Cluster` whose `Encrypted` is missing or false.',
  remediation: 'Set `Encrypted: true` (and `KmsKeyId` for a customer managed key).',
  format: 'cloudformation',
  resourceTypes: ['AWS::Redshift::Cluster'],
  check: (cluster) =>
    expectAttribute(cluster, 'Encrypted', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'the warehouse is not encrypted: its data and snapshots are readable by whoever obtains them',
    }),
};
