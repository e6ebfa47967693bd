import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A database server reachable from public networks is exposed to password spraying and to any
 * firewall rule mistake; with public access off it is reachable only through private endpoints.
 */
export const tfAzureDatabasePublicNetworkAccess: IacRule = {
  id: 'tf-azure-database-public-network-access',
  title: 'Database server reachable from public networks',
  severity: 'high',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_mssql_server', 'azurerm_mysql_server', 'azurerm_postgresql_server', 'azurerm_mariadb_server'],
  tags: ['CWE-284'],
  equivalents: ['CKV_AZURE_113', 'CKV_AZURE_53', 'CKV_AZURE_68', 'CKV_AZURE_48', 'AVD-AZU-0022'],
  description: 'An `azurerm_mssql_server`, `azurerm_mysql_server`, `azurerm_postgresql_server` or `azurerm_mariadb_server` whose `public_network_access_enabled` is `true` or not written (the default is `true`).',
  remediation: 'Set `public_network_access_enabled = false` and connect through a private endpoint.',
  check: (server) => checkBoolean(server, ['public_network_access_enabled'], false, 'fail', 'the server accepts connections from public networks: attackers can spray passwords at it and any loose firewall rule exposes it'),
};
