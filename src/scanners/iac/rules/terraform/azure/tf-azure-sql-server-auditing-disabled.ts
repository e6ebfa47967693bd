import { sqlAuditingPolicies } from '../../../checks/azure-sql-auditing.ts';
import { fail, pass, type IacRule } from '../../../iac-rule.ts';

/**
 * Without auditing, logins, permission changes and data access on the server are not recorded, so
 * a breach or an insider dumping tables cannot be detected or reconstructed.
 */
export const tfAzureSqlServerAuditingDisabled: IacRule = {
  id: 'tf-azure-sql-server-auditing-disabled',
  title: 'SQL server auditing not configured',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_mssql_server', 'azurerm_sql_server'],
  tags: ['CWE-778'],
  equivalents: ['CKV_AZURE_23', 'AVD-AZU-0027'],
  description: 'An `azurerm_mssql_server` or `azurerm_sql_server` with no `extended_auditing_policy` block and no `azurerm_mssql_server_extended_auditing_policy` resource whose `server_id` refers to it (a policy with `enabled = false` does not count).',
  remediation: 'Add `resource "azurerm_mssql_server_extended_auditing_policy"` with `server_id = azurerm_mssql_server.<name>.id`, a storage or Log Analytics target and `retention_in_days = 90` or more.',
  check: (server, { graph }) =>
    sqlAuditingPolicies(server, graph).length > 0 ? pass : fail('the server is not audited: logins, permission changes and data access by an intruder leave no record'),
};
