import { checkPresent } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Keys and secrets without an expiry date are never forced through rotation, so a copy that leaked
 * years ago still works.
 */
export const tfAzureKeyVaultItemNoExpiration: IacRule = {
  id: 'tf-azure-key-vault-item-no-expiration',
  title: 'Key Vault key or secret without an expiration date',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_key_vault_key', 'azurerm_key_vault_secret'],
  tags: ['CWE-324', 'CIS-AZURE-8.1', 'CIS-AZURE-8.2'],
  equivalents: ['CKV_AZURE_40', 'CKV_AZURE_41', 'AVD-AZU-0014', 'AVD-AZU-0017'],
  description: 'An `azurerm_key_vault_key` or `azurerm_key_vault_secret` without `expiration_date`.',
  remediation: 'Set `expiration_date` (an RFC 3339 time, e.g. `"2026-12-31T00:00:00Z"`) and rotate before it; for keys, a `rotation_policy` with `expire_after` also works in Azure but Checkov asks for `expiration_date`.',
  check: (item) => checkPresent(item, ['expiration_date'], `the ${item.type === 'azurerm_key_vault_key' ? 'key' : 'secret'} never expires: a copy that leaked long ago keeps working`),
};
