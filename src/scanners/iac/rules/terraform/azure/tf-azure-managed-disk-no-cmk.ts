import { checkPresent } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without a disk encryption set, the disk is encrypted with platform keys the organisation cannot
 * revoke or audit; a customer-managed key lets it cut off access to the data.
 */
export const tfAzureManagedDiskNoCmk: IacRule = {
  id: 'tf-azure-managed-disk-no-cmk',
  title: 'Managed disk not encrypted with a customer-managed key',
  severity: 'low',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_managed_disk'],
  tags: ['CWE-311'],
  equivalents: ['CKV_AZURE_93'],
  description: 'An `azurerm_managed_disk` without `disk_encryption_set_id`.',
  remediation: 'Set `disk_encryption_set_id = azurerm_disk_encryption_set.<name>.id` (a disk encryption set backed by a Key Vault key).',
  check: (disk) => checkPresent(disk, ['disk_encryption_set_id'], 'the disk uses platform-managed keys only: access to its data cannot be revoked through the organisation\'s own key'),
};
