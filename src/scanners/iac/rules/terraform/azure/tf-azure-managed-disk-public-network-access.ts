import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A managed disk open to public networks can be exported or imported through a SAS URL from
 * anywhere: whoever gets such a link downloads the whole disk.
 */
export const tfAzureManagedDiskPublicNetworkAccess: IacRule = {
  id: 'tf-azure-managed-disk-public-network-access',
  title: 'Managed disk reachable from public networks for export and import',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_managed_disk'],
  tags: ['CWE-284'],
  equivalents: ['CKV_AZURE_251'],
  description: 'An `azurerm_managed_disk` whose `public_network_access_enabled` is missing or `true` (the default is `true`).',
  remediation: 'Set `public_network_access_enabled = false`, and `network_access_policy = "AllowPrivate"` with a disk access resource where exports are needed.',
  check: (disk) => expectAttribute(disk, 'public_network_access_enabled', { accept: isBoolean(false), whenMissing: 'fail', message: 'the disk can be exported from any network: whoever gets a SAS link downloads its whole contents' }),
};
