import { firstWritten } from '../../../checks/attribute-expectation.ts';
import type { IacResource } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

/**
 * Azure Disk Encryption protects a disk's contents inside the guest OS; turning it off explicitly
 * means a copied disk or snapshot can be mounted and read by whoever obtains it.
 */
export const tfAzureManagedDiskEncryptionDisabled: IacRule = {
  id: 'tf-azure-managed-disk-encryption-disabled',
  title: 'Managed disk encryption explicitly disabled',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_managed_disk'],
  tags: ['CWE-311'],
  equivalents: ['CKV_AZURE_2', 'AVD-AZU-0038'],
  description: 'An `azurerm_managed_disk` with `encryption_settings { enabled = false }` and no `disk_encryption_set_id`. A disk without `encryption_settings` is encrypted at rest by the platform and passes.',
  remediation: 'Remove `enabled = false` from `encryption_settings` (set `disk_encryption_key { … }` for Azure Disk Encryption), or set `disk_encryption_set_id` for customer-managed keys.',
  check: checkDiskEncryption,
};

function checkDiskEncryption(disk: IacResource): IacVerdict {
  if (firstWritten(disk, ['disk_encryption_set_id'])) return pass;
  const written = firstWritten(disk, ['encryption_settings.enabled']);
  if (!written) return pass;
  const enabled = asBoolean(written.value);
  if (isUnknown(enabled)) return unknown(enabled.reason, written.path);
  return enabled === false ? fail('disk encryption is turned off: a copied disk or snapshot can be read by whoever obtains it', written.path) : pass;
}
