import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asNumber, isUnknown } from '../../../iac-value.ts';

/**
 * SQL Explorer keeps a record of the statements run against the database; when it is off or keeps
 * less than 180 days, an intrusion discovered months later cannot be traced to the queries it ran.
 */
export const tfAlicloudRdsSqlCollectorRetentionShort: IacRule = {
  id: 'tf-alicloud-rds-sql-collector-retention-short',
  title: 'ApsaraDB RDS SQL collector off or kept under 180 days',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_ALI_25'],
  description: 'An `alicloud_db_instance` without `sql_collector_status = "Enabled"` and `sql_collector_config_value` of at least 180 (days).',
  remediation: 'Set `sql_collector_status = "Enabled"` and `sql_collector_config_value = 180` (or more).',
  format: 'terraform',
  resourceTypes: ['alicloud_db_instance'],
  check(instance) {
    const status = valueAt(instance, 'sql_collector_status');
    if (isUnknown(status)) return unknown(status.reason, 'sql_collector_status');
    if (status !== 'Enabled') return fail('the SQL collector is off: the statements an intruder ran cannot be reviewed later', status === undefined ? undefined : 'sql_collector_status');
    const days = asNumber(valueAt(instance, 'sql_collector_config_value'));
    if (isUnknown(days)) return unknown(days.reason, 'sql_collector_config_value');
    if (typeof days === 'number' && days >= 180) return pass;
    return fail('SQL audit records are kept less than 180 days: an intrusion found later cannot be traced to its queries', days === undefined ? 'sql_collector_status' : 'sql_collector_config_value');
  },
};
