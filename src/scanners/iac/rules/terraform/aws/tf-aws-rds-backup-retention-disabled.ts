import { expectAttribute, isNumberWhere } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A retention period of 0 turns automated backups off: after ransomware, a malicious
 * `DROP TABLE` or a bad migration there is no point in time to restore to.
 */
export const tfAwsRdsBackupRetentionDisabled: IacRule = {
  id: 'tf-aws-rds-backup-retention-disabled',
  title: 'RDS automated backups disabled',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-693'],
  equivalents: ['CKV_AWS_133', 'AVD-AWS-0077'],
  description: 'An `aws_db_instance` or `aws_rds_cluster` whose `backup_retention_period` is set outside 1 to 35 days (0 disables automated backups); leaving it unset keeps the provider default of 1 day and passes.',
  remediation: 'Set `backup_retention_period` between 7 and 35 days.',
  format: 'terraform',
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster'],
  check: (db) =>
    expectAttribute(db, 'backup_retention_period', {
      accept: isNumberWhere((days) => days > 0 && days <= 35),
      whenMissing: 'pass',
      message: 'automated backups are disabled: after ransomware, a destructive query or a bad migration there is nothing to restore from',
    }),
};
