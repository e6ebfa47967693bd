import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without purge protection, anyone who gains enough rights on the vault (or a destructive
 * pipeline) can delete and then purge keys and secrets for good, before the soft-delete period
 * ends; data encrypted with those keys is lost.
 */
export const tfAzureKeyVaultPurgeProtectionDisabled: IacRule = {
  id: 'tf-azure-key-vault-purge-protection-disabled',
  title: 'Key Vault purge protection disabled',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_key_vault'],
  tags: ['CWE-693'],
  equivalents: ['CKV_AZURE_110', 'AVD-AZU-0016'],
  description: 'An `azurerm_key_vault` whose `purge_protection_enabled` is `false` or not written (the default is `false`).',
  remediation: 'Set `purge_protection_enabled = true` (it cannot be turned off again).',
  check: (vault) => checkBoolean(vault, ['purge_protection_enabled'], true, 'fail', 'deleted keys and secrets can be purged at once: an attacker or a bad deploy can destroy them, and the data they protect, for good'),
};
