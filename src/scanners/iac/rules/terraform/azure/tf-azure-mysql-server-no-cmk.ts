import type { IacResource } from '../../../iac-resource.ts';
import { fail, pass, type IacRule, type IacRuleContext, type IacVerdict } from '../../../iac-rule.ts';
import { firstWritten } from '../../../checks/attribute-expectation.ts';

/**
 * With only Microsoft-managed keys, the organisation cannot cut off access to the database files by
 * revoking its own key, nor audit key use.
 */
export const tfAzureMysqlServerNoCmk: IacRule = {
  id: 'tf-azure-mysql-server-no-cmk',
  title: 'MySQL server not encrypted with a customer-managed key',
  severity: 'low',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_mysql_server'],
  tags: ['CWE-311'],
  equivalents: ['CKV2_AZURE_16'],
  description: 'An `azurerm_mysql_server` with no `azurerm_mysql_server_key` resource pointing at it (through `server_id`) with a `key_vault_key_id`.',
  remediation: 'Add `resource "azurerm_mysql_server_key"` with `server_id = azurerm_mysql_server.<name>.id` and `key_vault_key_id = azurerm_key_vault_key.<key>.id`.',
  check: checkServerKey,
};

function checkServerKey(server: IacResource, { graph }: IacRuleContext): IacVerdict {
  const keys = graph.attachedTo(server, 'azurerm_mysql_server_key').filter((key) => firstWritten(key, ['key_vault_key_id']));
  return keys.length > 0 ? pass : fail('the server is encrypted only with Microsoft-managed keys: access to its data cannot be revoked or audited through the organisation\'s own key');
}
