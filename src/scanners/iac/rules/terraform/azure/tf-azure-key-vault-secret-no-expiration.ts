import { checkPresent } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Secrets without an expiry date are never forced through rotation, so a password or connection
 * string that leaked long ago keeps working.
 */
export const tfAzureKeyVaultSecretNoExpiration: IacRule = {
  id: 'tf-azure-key-vault-secret-no-expiration',
  title: 'Key Vault secret without an expiration date',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_key_vault_secret'],
  tags: ['CWE-324', 'CIS-AZURE-8.2'],
  equivalents: ['CKV_AZURE_41', 'AVD-AZU-0017'],
  description: 'An `azurerm_key_vault_secret` without `expiration_date`.',
  remediation: 'Set `expiration_date` (an RFC 3339 time, e.g. `"2027-12-31T00:00:00Z"`) and rotate the secret before it.',
  check: (secret) => checkPresent(secret, ['expiration_date'], 'the secret never expires: a copy that leaked long ago keeps working'),
};
