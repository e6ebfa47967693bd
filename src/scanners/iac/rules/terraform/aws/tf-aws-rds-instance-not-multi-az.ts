import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A single-AZ database goes down with its zone or host; for production data that is an availability incident and, without recent backups, possible data loss.
 */
export const tfAwsRdsInstanceNotMultiAz: IacRule = {
  id: 'tf-aws-rds-instance-not-multi-az',
  title: 'RDS instance not Multi-AZ',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-693'],
  equivalents: ['CKV_AWS_157'],
  description: 'An `aws_db_instance` without `multi_az = true` (single Availability Zone is the default).',
  remediation: 'Set `multi_az = true` so a standby in another Availability Zone takes over on failure.',
  format: 'terraform',
  resourceTypes: ['aws_db_instance'],
  check: (resource) => expectAttribute(resource, 'multi_az', { accept: isBoolean(true), whenMissing: 'fail', message: 'the database runs in a single Availability Zone: a zone or host failure takes it offline until it is rebuilt' }),
};
