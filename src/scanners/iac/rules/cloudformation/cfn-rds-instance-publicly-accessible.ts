import { expectAttribute, isBoolean } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * A publicly accessible database gets a public DNS name and address: its port is then one
 * security group rule away from the internet, where credential stuffing and engine exploits
 * find it within hours.
 */
export const cfnRdsInstancePubliclyAccessible: IacRule = {
  id: 'cfn-rds-instance-publicly-accessible',
  title: 'RDS instance publicly accessible',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-284', 'CIS-AWS-2.3.3'],
  equivalents: ['CKV_AWS_17', 'AVD-AWS-0082'],
  description: 'An `AWS::RDS::DBInstance` with `PubliclyAccessible: true`.',
  remediation: 'Set `PubliclyAccessible: false` (or leave it out in a VPC with private subnets) and reach the database through the VPC, a bastion or a VPN.',
  format: 'cloudformation',
  resourceTypes: ['AWS::RDS::DBInstance'],
  check: (instance) =>
    expectAttribute(instance, 'PubliclyAccessible', {
      accept: isBoolean(false),
      whenMissing: 'pass',
      message: 'the database is publicly accessible: it gets an internet-facing address where attackers can try credentials and engine exploits',
    }),
};
