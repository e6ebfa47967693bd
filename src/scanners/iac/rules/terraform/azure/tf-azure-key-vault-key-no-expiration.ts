import { checkPresent } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Keys without an expiry date are never forced through rotation, so a key exported or copied years
 * ago still decrypts and signs.
 */
export const tfAzureKeyVaultKeyNoExpiration: IacRule = {
  id: 'tf-azure-key-vault-key-no-expiration',
  title: 'Key Vault key without an expiration date',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_key_vault_key'],
  tags: ['CWE-324', 'CIS-AZURE-8.1'],
  equivalents: ['CKV_AZURE_40', 'AVD-AZU-0014'],
  description: 'An `azurerm_key_vault_key` without `expiration_date`.',
  remediation: 'Set `expiration_date` (an RFC 3339 time, e.g. `"2027-12-31T00:00:00Z"`) and rotate the key before it (a `rotation_policy` can do both).',
  check: (key) => checkPresent(key, ['expiration_date'], 'the key never expires: a copy obtained long ago keeps decrypting and signing'),
};
