import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Shared keys grant full access to the whole account, never expire unless rotated, and leave no
 * identity in the logs; with them disabled, every request is made with an Entra ID identity.
 */
export const tfAzureStorageAccountSharedKeyEnabled: IacRule = {
  id: 'tf-azure-storage-account-shared-key-enabled',
  title: 'Storage account accepts shared key authorization',
  severity: 'low',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_storage_account'],
  tags: ['CWE-287'],
  equivalents: ['CKV2_AZURE_40'],
  description: 'An `azurerm_storage_account` whose `shared_access_key_enabled` is missing or `true` (the default is `true`).',
  remediation: 'Set `shared_access_key_enabled = false` and give clients Entra ID roles (`Storage Blob Data Reader`…); set `storage_use_azuread = true` in the provider for Terraform itself.',
  check: (account) => expectAttribute(account, 'shared_access_key_enabled', { accept: isBoolean(false), whenMissing: 'fail', message: 'the account accepts its shared keys: one leaked key gives full access to all its data, with no identity in the logs' }),
};
