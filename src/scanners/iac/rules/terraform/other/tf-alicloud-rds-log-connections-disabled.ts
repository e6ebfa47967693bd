import { rdsParameterOn } from '../../../checks/alicloud-rds-parameter.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without connection logging, password guessing and logins with stolen credentials leave no record to detect or investigate.
 */
export const tfAlicloudRdsLogConnectionsDisabled: IacRule = {
  id: 'tf-alicloud-rds-log-connections-disabled',
  title: 'ApsaraDB RDS instance without log_connections',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_ALI_37'],
  description: 'An `alicloud_db_instance` without a `parameters { name = "log_connections", value = "ON" }` block.',
  remediation: 'Add `parameters { name = "log_connections", value = "ON" }`.',
  format: 'terraform',
  resourceTypes: ['alicloud_db_instance'],
  check: (instance) => rdsParameterOn(instance, 'log_connections', 'connection attempts are not logged: brute-force attempts and logins with stolen credentials leave no trace'),
};
