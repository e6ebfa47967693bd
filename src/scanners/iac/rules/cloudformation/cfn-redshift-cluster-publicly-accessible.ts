import { expectAttribute, isBoolean } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * A publicly accessible warehouse gets an internet-facing address; its port is then one security
 * group rule away from credential stuffing and engine exploits.
 */
export const cfnRedshiftClusterPubliclyAccessible: IacRule = {
  id: 'cfn-redshift-cluster-publicly-accessible',
  title: 'Redshift cluster publicly accessible',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_87'],
  description: 'An `AWS::Redshift::Cluster` whose `PubliclyAccessible` is not `false` (Checkov also fails it when missing).',
  remediation: 'Set `PubliclyAccessible: false` and reach the cluster from inside the VPC.',
  format: 'cloudformation',
  resourceTypes: ['AWS::Redshift::Cluster'],
  check: (cluster) =>
    expectAttribute(cluster, 'PubliclyAccessible', {
      accept: isBoolean(false),
      whenMissing: 'fail',
      message: 'the warehouse is publicly accessible: it gets an internet-facing address where attackers can try credentials',
    }),
};
