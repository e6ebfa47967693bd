import type { IacResource } from '../../../iac-resource.ts';
import { fail, pass, type IacRule, type IacRuleContext, type IacVerdict } from '../../../iac-rule.ts';
import { firstWritten } from '../../../checks/attribute-expectation.ts';

/**
 * With Microsoft-managed keys, the organisation cannot revoke access to the data by disabling its
 * own key, nor audit key use; a customer-managed key in Key Vault gives both, which is what
 * regulated data usually requires.
 */
export const tfAzureStorageAccountNoCmk: IacRule = {
  id: 'tf-azure-storage-account-no-cmk',
  title: 'Storage account not encrypted with a customer-managed key',
  severity: 'low',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_storage_account'],
  tags: ['CWE-311'],
  equivalents: ['CKV2_AZURE_1', 'CKV2_AZURE_18', 'AVD-AZU-0060'],
  description: 'An `azurerm_storage_account` with no `customer_managed_key { key_vault_key_id = … }` block and no `azurerm_storage_account_customer_managed_key` resource pointing at it.',
  remediation: 'Add `customer_managed_key { key_vault_key_id = azurerm_key_vault_key.storage.id, user_assigned_identity_id = … }` or an `azurerm_storage_account_customer_managed_key` resource for the account.',
  check: checkCustomerKey,
};

function checkCustomerKey(account: IacResource, { graph }: IacRuleContext): IacVerdict {
  if (firstWritten(account, ['customer_managed_key.key_vault_key_id', 'customer_managed_key.managed_hsm_key_id'])) return pass;
  if (graph.attachedTo(account, 'azurerm_storage_account_customer_managed_key').length > 0) return pass;
  return fail('the data is encrypted only with Microsoft-managed keys: the organisation cannot revoke or audit key use if the account is compromised');
}
