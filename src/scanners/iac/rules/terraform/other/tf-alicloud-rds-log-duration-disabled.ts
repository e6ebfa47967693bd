import { rdsParameterOn } from '../../../checks/alicloud-rds-parameter.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Statement duration logs show which queries ran and for how long; without them abusive or exfiltrating queries cannot be traced afterwards.
 */
export const tfAlicloudRdsLogDurationDisabled: IacRule = {
  id: 'tf-alicloud-rds-log-duration-disabled',
  title: 'ApsaraDB RDS instance without log_duration',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_ALI_35'],
  description: 'An `alicloud_db_instance` without a `parameters { name = "log_duration", value = "ON" }` block.',
  remediation: 'Add `parameters { name = "log_duration", value = "ON" }`.',
  format: 'terraform',
  resourceTypes: ['alicloud_db_instance'],
  check: (instance) => rdsParameterOn(instance, 'log_duration', 'statement durations are not logged: slow or abusive queries cannot be traced afterwards'),
};
