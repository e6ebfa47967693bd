import type { IacResource } from '../../../iac-resource.ts';
import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import { pass, type IacRule, type IacVerdict } from '../../../iac-rule.ts';

/**
 * Backups kept only in the server's own region are lost with that region; geo-redundant backups
 * let the database be restored elsewhere after a regional outage or a destructive attack.
 */
export const tfAzureDbServerNoGeoBackup: IacRule = {
  id: 'tf-azure-db-server-no-geo-backup',
  title: 'MySQL/PostgreSQL/MariaDB server without geo-redundant backups',
  severity: 'low',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_mysql_server', 'azurerm_mysql_flexible_server', 'azurerm_postgresql_server', 'azurerm_postgresql_flexible_server', 'azurerm_mariadb_server'],
  tags: ['CWE-693'],
  equivalents: ['CKV_AZURE_94', 'CKV_AZURE_102', 'CKV_AZURE_136', 'CKV_AZURE_129'],
  description: 'An `azurerm_mysql_server`, `azurerm_mysql_flexible_server`, `azurerm_postgresql_server`, `azurerm_postgresql_flexible_server` or `azurerm_mariadb_server` whose `geo_redundant_backup_enabled` is `false` or not written (the default is `false`). PostgreSQL flexible replicas (`create_mode = "Replica"`) pass.',
  remediation: 'Set `geo_redundant_backup_enabled = true` (it can only be chosen when the server is created).',
  check: checkGeoBackup,
};

function checkGeoBackup(server: IacResource): IacVerdict {
  if (server.type === 'azurerm_postgresql_flexible_server' && server.attributes.create_mode === 'Replica') return pass;
  return checkBoolean(server, ['geo_redundant_backup_enabled'], true, 'fail', 'backups stay in one region: a regional outage or destructive attack there can take the only copies with it');
}
