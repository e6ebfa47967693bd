import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A storage account that accepts plain HTTP lets anyone on the network path read or alter blobs,
 * queue messages and the SAS tokens that authorise them, since the requests travel unencrypted.
 */
export const tfAzureStorageAccountHttpAllowed: IacRule = {
  id: 'tf-azure-storage-account-http-allowed',
  title: 'Storage account accepts unencrypted HTTP',
  severity: 'high',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_storage_account'],
  tags: ['CWE-319', 'CIS-AZURE-3.1'],
  equivalents: ['CKV_AZURE_3', 'AVD-AZU-0008'],
  description: 'An `azurerm_storage_account` with `https_traffic_only_enabled` (azurerm 4) or `enable_https_traffic_only` (azurerm 2/3) set to `false`. The provider default is `true`, so an account that sets neither passes.',
  remediation: 'Remove the setting or set `https_traffic_only_enabled = true` (`enable_https_traffic_only = true` on azurerm before 4.0).',
  check: (account) =>
    checkBoolean(account, ['https_traffic_only_enabled', 'enable_https_traffic_only'], true, 'pass', 'the account accepts plain HTTP: anyone on the network path can read or tamper with data and SAS tokens in transit'),
};
