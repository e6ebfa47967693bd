import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Subscription administrators are the people able to act on a database attack at once; alerts that
 * skip them delay the response.
 */
export const tfAzureSqlAlertPolicyAdminsNotEmailed: IacRule = {
  id: 'tf-azure-sql-alert-policy-admins-not-emailed',
  title: 'SQL threat alerts not sent to administrators',
  severity: 'low',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_mssql_server_security_alert_policy'],
  tags: ['CWE-778'],
  equivalents: ['CKV_AZURE_27', 'AVD-AZU-0023'],
  description: 'An `azurerm_mssql_server_security_alert_policy` whose `email_account_admins` is `false` or not written (the default is `false`).',
  remediation: 'Set `email_account_admins = true`.',
  check: (policy) => checkBoolean(policy, ['email_account_admins'], true, 'fail', 'threat alerts are not sent to the subscription administrators: the people who can stop an attack hear of it late'),
};
