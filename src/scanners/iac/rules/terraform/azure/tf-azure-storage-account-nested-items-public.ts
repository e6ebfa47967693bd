import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * When an account allows nested items to be public, any container can be switched to anonymous
 * access, and one mistaken setting then publishes every blob in it to the whole Internet.
 */
export const tfAzureStorageAccountNestedItemsPublic: IacRule = {
  id: 'tf-azure-storage-account-nested-items-public',
  title: 'Storage account allows public blob access',
  severity: 'high',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_storage_account'],
  tags: ['CWE-284'],
  equivalents: ['CKV_AZURE_190', 'CKV2_AZURE_47'],
  description: 'An `azurerm_storage_account` where `allow_nested_items_to_be_public` (azurerm 3+, default `true`) is `true` or not written, or where the azurerm 2 name `allow_blob_public_access` is `true`.',
  remediation: 'Set `allow_nested_items_to_be_public = false` (`allow_blob_public_access = false` on azurerm 2).',
  check: (account) =>
    checkBoolean(account, ['allow_nested_items_to_be_public', 'allow_blob_public_access'], false, 'fail', 'containers in the account may be made anonymous: one container setting publishes its blobs to the whole Internet'),
};
