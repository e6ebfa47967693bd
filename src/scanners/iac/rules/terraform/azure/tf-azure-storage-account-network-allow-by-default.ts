import { attachedResources } from '../../../checks/attached-resources.ts';
import { blocksAt, type IacResource } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacRuleContext, type IacVerdict } from '../../../iac-rule.ts';
import { isIacObject, isUnknown, type IacValue } from '../../../iac-value.ts';

const message = 'the account accepts connections from any network by default: a leaked key or SAS token works from anywhere on the Internet';

/**
 * A storage account's firewall allows every network unless its default action is Deny; with
 * Allow, a leaked access key or SAS token is usable from anywhere, not just from trusted networks.
 */
export const tfAzureStorageAccountNetworkAllowByDefault: IacRule = {
  id: 'tf-azure-storage-account-network-allow-by-default',
  title: 'Storage account network rules allow all networks by default',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_storage_account', 'azurerm_storage_account_network_rules'],
  tags: ['CWE-284'],
  equivalents: ['CKV_AZURE_35', 'AVD-AZU-0012'],
  description: 'An `azurerm_storage_account` whose `network_rules` block, or an `azurerm_storage_account_network_rules` resource, has `default_action = "Allow"`. An account with neither a `network_rules` block nor a separate network rules resource pointing at it is open by default and fails too.',
  remediation: 'Set `default_action = "Deny"` in `network_rules` (or in `azurerm_storage_account_network_rules`) and list the allowed `ip_rules` and `virtual_network_subnet_ids`.',
  check: checkDefaultAction,
};

function checkDefaultAction(resource: IacResource, { graph }: IacRuleContext): IacVerdict {
  if (resource.type === 'azurerm_storage_account_network_rules') return judge(resource.attributes.default_action, 'default_action');
  const block = blocksAt(resource, 'network_rules')[0];
  if (isUnknown(block)) return unknown(block.reason, 'network_rules');
  if (isIacObject(block)) return judge(block.default_action, 'network_rules.default_action');
  // The separate network rules resource is judged on its own.
  const separate = attachedResources(resource, graph, 'azurerm_storage_account_network_rules', { attribute: 'storage_account_name', targetAttribute: 'name' });
  return separate.length > 0 ? pass : fail(message);
}

function judge(action: IacValue | undefined, path: string): IacVerdict {
  if (isUnknown(action)) return unknown(action.reason, path);
  return typeof action === 'string' && action.toLowerCase() === 'deny' ? pass : fail(message, path);
}
