import type { IacResource } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

/**
 * A vault is recoverable only with both soft delete and purge protection: soft delete keeps deleted
 * objects for a retention period, purge protection stops anyone from erasing them early.
 */
export const tfAzureKeyVaultNotRecoverable: IacRule = {
  id: 'tf-azure-key-vault-not-recoverable',
  title: 'Key Vault not recoverable (soft delete or purge protection off)',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_key_vault'],
  tags: ['CWE-693', 'CIS-AZURE-8.4'],
  equivalents: ['CKV_AZURE_42'],
  description: 'An `azurerm_key_vault` without `purge_protection_enabled = true`, or with the azurerm 2 setting `soft_delete_enabled = false` (soft delete is always on from azurerm 3).',
  remediation: 'Set `purge_protection_enabled = true`, keep soft delete on (remove `soft_delete_enabled = false`), and set `soft_delete_retention_days` to at least 7.',
  check: checkRecoverable,
};

function checkRecoverable(vault: IacResource): IacVerdict {
  const softDelete = asBoolean(vault.attributes.soft_delete_enabled);
  if (softDelete === false) return fail('soft delete is off: a deleted key or secret is gone immediately, with whatever it protected', 'soft_delete_enabled');
  const purge = asBoolean(vault.attributes.purge_protection_enabled);
  if (isUnknown(purge)) return unknown(purge.reason, 'purge_protection_enabled');
  if (isUnknown(softDelete)) return unknown(softDelete.reason, 'soft_delete_enabled');
  return purge === true ? pass : fail('without purge protection deleted keys and secrets can be purged early: an attacker can make the vault unrecoverable', 'purge_protection_enabled');
}
