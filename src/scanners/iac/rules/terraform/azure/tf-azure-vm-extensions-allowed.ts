import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * VM extensions run as root/SYSTEM inside the machine; anyone with rights to add an extension
 * (including through a compromised automation identity) can run arbitrary code on the VM.
 */
export const tfAzureVmExtensionsAllowed: IacRule = {
  id: 'tf-azure-vm-extensions-allowed',
  title: 'Virtual machine allows extension operations',
  severity: 'low',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_linux_virtual_machine', 'azurerm_windows_virtual_machine'],
  tags: ['CWE-250'],
  equivalents: ['CKV_AZURE_50'],
  description: 'An `azurerm_linux_virtual_machine` or `azurerm_windows_virtual_machine` whose `allow_extension_operations` is `true` or not written (the default is `true`).',
  remediation: 'Set `allow_extension_operations = false` unless the VM needs extensions (monitoring agents, disk encryption); then restrict who may add them.',
  check: (vm) => checkBoolean(vm, ['allow_extension_operations'], false, 'fail', 'extensions may be installed on the VM: anyone allowed to add one runs code as root/SYSTEM on it'),
};
