import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A storage account reachable from public networks can be attacked with any leaked key, SAS token
 * or misconfigured container from anywhere; disabling public network access limits it to private
 * endpoints.
 */
export const tfAzureStorageAccountPublicNetworkAccess: IacRule = {
  id: 'tf-azure-storage-account-public-network-access',
  title: 'Storage account reachable from public networks',
  severity: 'medium',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_storage_account'],
  tags: ['CWE-284'],
  equivalents: ['CKV_AZURE_59'],
  description: 'An `azurerm_storage_account` whose `public_network_access_enabled` is `true` or not written (the provider default is `true`).',
  remediation: 'Set `public_network_access_enabled = false` and reach the account through private endpoints.',
  check: (account) => checkBoolean(account, ['public_network_access_enabled'], false, 'fail', 'the account is reachable from the Internet: a leaked key or SAS token can be used from anywhere'),
};
