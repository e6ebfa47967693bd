import type { IacResource } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/**
 * Each disabled threat detection type (SQL injection, data exfiltration, anomalous access…) is an
 * attack the server will no longer warn about.
 */
export const tfAzureSqlAlertPolicyDetectionsDisabled: IacRule = {
  id: 'tf-azure-sql-alert-policy-detections-disabled',
  title: 'SQL threat detection types disabled',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_mssql_server_security_alert_policy'],
  tags: ['CWE-778'],
  equivalents: ['CKV_AZURE_25', 'AVD-AZU-0028'],
  description: 'An `azurerm_mssql_server_security_alert_policy` whose `disabled_alerts` lists any detection type (`Sql_Injection`, `Sql_Injection_Vulnerability`, `Access_Anomaly`, `Data_Exfiltration`, `Unsafe_Action`).',
  remediation: 'Remove `disabled_alerts` or set it to `[]` so every threat detection type is on.',
  check: checkDisabledAlerts,
};

function checkDisabledAlerts(policy: IacResource): IacVerdict {
  const disabled = policy.attributes.disabled_alerts;
  if (isUnknown(disabled)) return unknown(disabled.reason, 'disabled_alerts');
  if (!Array.isArray(disabled)) return pass;
  const named = disabled.filter((entry) => typeof entry === 'string' && entry !== '');
  if (named.length > 0) return fail(`threat detection is off for ${named.join(', ')}: those attacks on the server raise no alert`, 'disabled_alerts');
  const blocker = disabled.find(isUnknown);
  return blocker ? unknown(blocker.reason, 'disabled_alerts') : pass;
}
