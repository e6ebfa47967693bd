import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A publicly accessible database gets a public DNS name and address: its login is then exposed
 * to password spraying and to exploits of the engine from the whole internet, one security group
 * mistake away.
 */
export const tfAwsRdsInstancePubliclyAccessible: IacRule = {
  id: 'tf-aws-rds-instance-publicly-accessible',
  title: 'RDS instance publicly accessible',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-284', 'CIS-AWS-2.3.3'],
  equivalents: ['CKV_AWS_17'],
  description: 'An `aws_db_instance` or `aws_rds_cluster_instance` with `publicly_accessible = true` (the default, `false`, passes).',
  remediation: 'Set `publicly_accessible = false` and reach the database from inside the VPC (application subnets, a bastion or Session Manager port forwarding).',
  format: 'terraform',
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster_instance'],
  check: (db) =>
    expectAttribute(db, 'publicly_accessible', {
      accept: isBoolean(false),
      whenMissing: 'pass',
      message: 'the database has a public address: its login and engine are exposed to attacks from the whole internet',
    }),
};
