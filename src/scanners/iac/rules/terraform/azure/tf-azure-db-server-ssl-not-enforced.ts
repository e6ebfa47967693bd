import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without enforced SSL, clients may connect in clear text and send passwords and query results
 * readable by anyone on the network path.
 */
export const tfAzureDbServerSslNotEnforced: IacRule = {
  id: 'tf-azure-db-server-ssl-not-enforced',
  title: 'MySQL/PostgreSQL/MariaDB server does not enforce SSL',
  severity: 'high',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_mysql_server', 'azurerm_postgresql_server', 'azurerm_mariadb_server'],
  tags: ['CWE-319'],
  equivalents: ['CKV_AZURE_28', 'CKV_AZURE_29', 'CKV_AZURE_47', 'AVD-AZU-0020'],
  description: 'An `azurerm_mysql_server`, `azurerm_postgresql_server` or `azurerm_mariadb_server` whose `ssl_enforcement_enabled` is `false` or not written.',
  remediation: 'Set `ssl_enforcement_enabled = true` (and `ssl_minimal_tls_version_enforced = "TLS1_2"`).',
  check: (server) => checkBoolean(server, ['ssl_enforcement_enabled'], true, 'fail', 'clients may connect without encryption: passwords and data cross the network in clear text'),
};
