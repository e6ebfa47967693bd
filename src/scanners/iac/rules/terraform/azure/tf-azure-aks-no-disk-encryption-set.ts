import { checkPresent } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Node OS and data disks are encrypted with platform keys unless a disk encryption set with a
 * customer-managed key is given, leaving the organisation unable to revoke or audit key use.
 */
export const tfAzureAksNoDiskEncryptionSet: IacRule = {
  id: 'tf-azure-aks-no-disk-encryption-set',
  title: 'AKS node disks not encrypted with a customer-managed key',
  severity: 'low',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_kubernetes_cluster'],
  tags: ['CWE-311'],
  equivalents: ['CKV_AZURE_117', 'AVD-AZU-0067'],
  description: 'An `azurerm_kubernetes_cluster` without `disk_encryption_set_id`.',
  remediation: 'Set `disk_encryption_set_id = azurerm_disk_encryption_set.<name>.id` (a disk encryption set backed by a Key Vault key).',
  check: (cluster) => checkPresent(cluster, ['disk_encryption_set_id'], 'node disks use platform-managed keys only: access to their data cannot be revoked through the organisation\'s own key'),
};
