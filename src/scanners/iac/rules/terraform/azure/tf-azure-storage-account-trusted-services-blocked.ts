import { blocksAt, type IacResource } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { isIacObject, isUnknown, type IacObject } from '../../../iac-value.ts';

/**
 * When a storage account's firewall denies by default but does not let trusted Azure services
 * through, Azure Backup, Monitor, Defender and Event Grid cannot reach it, so logs, backups and
 * threat alerts for the account silently stop.
 */
export const tfAzureStorageAccountTrustedServicesBlocked: IacRule = {
  id: 'tf-azure-storage-account-trusted-services-blocked',
  title: 'Storage account firewall blocks trusted Microsoft services',
  severity: 'low',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_storage_account', 'azurerm_storage_account_network_rules'],
  tags: ['CWE-693'],
  equivalents: ['CKV_AZURE_36', 'AVD-AZU-0010'],
  description: 'Network rules (a `network_rules` block of `azurerm_storage_account`, or `azurerm_storage_account_network_rules`) with `default_action = "Deny"` and a `bypass` list that leaves out `AzureServices`. Without a `bypass` list the provider bypasses Azure services by default.',
  remediation: 'Include `"AzureServices"` in `bypass` (e.g. `bypass = ["AzureServices", "Logging", "Metrics"]`).',
  check: checkBypass,
};

function checkBypass(resource: IacResource): IacVerdict {
  const prefix = resource.type === 'azurerm_storage_account' ? 'network_rules.' : '';
  let rules: IacObject | undefined = resource.attributes;
  if (prefix) {
    const block = blocksAt(resource, 'network_rules')[0];
    if (isUnknown(block)) return unknown(block.reason, 'network_rules');
    rules = isIacObject(block) ? block : undefined;
  }
  if (!rules) return pass;
  const action = rules.default_action;
  if (isUnknown(action)) return unknown(action.reason, `${prefix}default_action`);
  if (typeof action !== 'string' || action.toLowerCase() === 'allow') return pass;
  const bypass = rules.bypass;
  if (bypass === undefined || bypass === null) return pass;
  if (isUnknown(bypass)) return unknown(bypass.reason, `${prefix}bypass`);
  const list = Array.isArray(bypass) ? bypass : [bypass];
  if (list.some((entry) => typeof entry === 'string' && entry.toLowerCase() === 'azureservices')) return pass;
  const blocker = list.find(isUnknown);
  if (blocker) return unknown(blocker.reason, `${prefix}bypass`);
  return fail('the firewall does not let trusted Azure services through: backups, logging and Defender alerts for the account stop working', `${prefix}bypass`);
}
