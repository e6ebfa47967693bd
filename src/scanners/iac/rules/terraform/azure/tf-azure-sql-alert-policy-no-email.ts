import { checkPresent } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Threat alerts that go to no mailbox are only seen by someone who happens to open the portal;
 * an attack in progress goes unnoticed.
 */
export const tfAzureSqlAlertPolicyNoEmail: IacRule = {
  id: 'tf-azure-sql-alert-policy-no-email',
  title: 'SQL threat alerts sent to no email address',
  severity: 'low',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_mssql_server_security_alert_policy'],
  tags: ['CWE-778'],
  equivalents: ['CKV_AZURE_26', 'AVD-AZU-0018'],
  description: 'An `azurerm_mssql_server_security_alert_policy` without `email_addresses` (or with an empty list).',
  remediation: 'Set `email_addresses = ["secops@example.com"]` to a monitored security mailbox.',
  check: (policy) => checkPresent(policy, ['email_addresses'], 'threat alerts are emailed to nobody: an attack on the server can go unnoticed'),
};
