import { rdsParameterOn } from '../../../checks/alicloud-rds-parameter.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Disconnection logs give each session its duration; without them an investigation cannot reconstruct what an intruder session did and for how long.
 */
export const tfAlicloudRdsLogDisconnectionsDisabled: IacRule = {
  id: 'tf-alicloud-rds-log-disconnections-disabled',
  title: 'ApsaraDB RDS instance without log_disconnections',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_ALI_36'],
  description: 'An `alicloud_db_instance` without a `parameters { name = "log_disconnections", value = "ON" }` block.',
  remediation: 'Add `parameters { name = "log_disconnections", value = "ON" }`.',
  format: 'terraform',
  resourceTypes: ['alicloud_db_instance'],
  check: (instance) => rdsParameterOn(instance, 'log_disconnections', 'session ends are not logged: investigators cannot tell how long a suspicious session lasted'),
};
