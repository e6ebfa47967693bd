import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A public warehouse endpoint exposes its login to password spraying and engine exploits from the whole internet.
 */
export const tfAwsRedshiftClusterPubliclyAccessible: IacRule = {
  id: 'tf-aws-redshift-cluster-publicly-accessible',
  title: 'Redshift cluster publicly accessible',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_87'],
  description: 'An `aws_redshift_cluster` that does not set `publicly_accessible = false` (Checkov treats an unset value as public).',
  remediation: 'Set `publicly_accessible = false` and reach the cluster from inside the VPC.',
  format: 'terraform',
  resourceTypes: ['aws_redshift_cluster'],
  check: (resource) => expectAttribute(resource, 'publicly_accessible', { accept: isBoolean(false), whenMissing: 'fail', message: 'the warehouse may have a public endpoint: its login is exposed to attacks from the internet' }),
};
