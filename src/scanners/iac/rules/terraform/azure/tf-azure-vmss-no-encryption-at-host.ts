import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without encryption at host, the instances' temporary disks and disk caches are stored unencrypted
 * on the hosts, where data written by the scale set can be recovered outside it.
 */
export const tfAzureVmssNoEncryptionAtHost: IacRule = {
  id: 'tf-azure-vmss-no-encryption-at-host',
  title: 'Scale set without encryption at host',
  severity: 'medium',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_linux_virtual_machine_scale_set', 'azurerm_windows_virtual_machine_scale_set'],
  tags: ['CWE-311'],
  equivalents: ['CKV_AZURE_97'],
  description: 'An `azurerm_linux_virtual_machine_scale_set` or `azurerm_windows_virtual_machine_scale_set` whose `encryption_at_host_enabled` is `false` or not written (the default is `false`).',
  remediation: 'Set `encryption_at_host_enabled = true` (the subscription needs the EncryptionAtHost feature registered).',
  check: (scaleSet) => checkBoolean(scaleSet, ['encryption_at_host_enabled'], true, 'fail', 'temporary disks and caches of the instances are not encrypted on the host: their data can be recovered outside the scale set'),
};
