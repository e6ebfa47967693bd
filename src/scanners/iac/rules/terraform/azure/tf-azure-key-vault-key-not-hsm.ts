import { checkOneOf } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A software-protected key can be processed in memory outside a hardware boundary; an HSM-backed
 * key never leaves the hardware security module, which high-value keys usually require.
 */
export const tfAzureKeyVaultKeyNotHsm: IacRule = {
  id: 'tf-azure-key-vault-key-not-hsm',
  title: 'Key Vault key not backed by an HSM',
  severity: 'low',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_key_vault_key'],
  tags: ['CWE-320'],
  equivalents: ['CKV_AZURE_112'],
  description: 'An `azurerm_key_vault_key` whose `key_type` is `RSA` or `EC` rather than `RSA-HSM` or `EC-HSM`.',
  remediation: 'Use `key_type = "RSA-HSM"` or `"EC-HSM"` (the vault needs the premium SKU).',
  check: (key) => checkOneOf(key, ['key_type'], ['RSA-HSM', 'EC-HSM'], 'fail', 'the key is software-protected: it is not kept inside a hardware security module'),
};
