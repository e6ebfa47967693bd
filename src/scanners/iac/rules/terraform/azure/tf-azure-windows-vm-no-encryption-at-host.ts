import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without encryption at host, the VM's temporary disk and disk caches are stored unencrypted on the
 * host, where data written by the VM can be recovered outside it.
 */
export const tfAzureWindowsVmNoEncryptionAtHost: IacRule = {
  id: 'tf-azure-windows-vm-no-encryption-at-host',
  title: 'Windows VM without encryption at host',
  severity: 'medium',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_windows_virtual_machine'],
  tags: ['CWE-311'],
  equivalents: ['CKV_AZURE_151'],
  description: 'An `azurerm_windows_virtual_machine` whose `encryption_at_host_enabled` is `false` or not written (the default is `false`).',
  remediation: 'Set `encryption_at_host_enabled = true` (the subscription needs the EncryptionAtHost feature registered).',
  check: (vm) => checkBoolean(vm, ['encryption_at_host_enabled'], true, 'fail', 'temporary disks and disk caches are not encrypted on the host: data the VM writes there can be recovered outside it'),
};
