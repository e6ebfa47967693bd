import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { unknown, type IacRule } from '../../../iac-rule.ts';

/**
 * Without automated backups, a dropped table, corrupted data or ransomware in the database cannot
 * be rolled back.
 */
export const tfGcpSqlBackupsDisabled: IacRule = {
  id: 'tf-gcp-sql-backups-disabled',
  title: 'Cloud SQL automated backups disabled',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-693', 'CIS-GCP-6.7'],
  equivalents: ['CKV_GCP_14', 'AVD-GCP-0024'],
  description: 'A `google_sql_database_instance` (not a replica) without `settings { backup_configuration { enabled = true } }`.',
  remediation: 'Add `backup_configuration { enabled = true, point_in_time_recovery_enabled = true }` (`binary_log_enabled = true` for MySQL).',
  format: 'terraform',
  resourceTypes: ['google_sql_database_instance'],
  check(instance) {
    if (valueAt(instance, 'master_instance_name') !== undefined) return unknown('read replicas take no backups of their own', 'master_instance_name');
    return expectAttribute(instance, 'settings.backup_configuration.enabled', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'automated backups are off: deleted or corrupted data, or a ransomed database, cannot be restored',
    });
  },
};
