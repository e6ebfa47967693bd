import { firstWritten } from '../../../checks/attribute-expectation.ts';
import type { IacResource } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

/**
 * A Linux VM that accepts SSH passwords can be brute-forced, and passwords get reused and phished;
 * SSH keys cannot be guessed.
 */
export const tfAzureVmPasswordAuthentication: IacRule = {
  id: 'tf-azure-vm-password-authentication',
  title: 'Linux VM allows SSH password authentication',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_linux_virtual_machine', 'azurerm_linux_virtual_machine_scale_set', 'azurerm_virtual_machine'],
  tags: ['CWE-309'],
  equivalents: ['CKV_AZURE_1', 'CKV_AZURE_149', 'AVD-AZU-0039'],
  description: 'An `azurerm_linux_virtual_machine` or `azurerm_linux_virtual_machine_scale_set` with `disable_password_authentication = false`, or an `azurerm_virtual_machine` with `os_profile_linux_config { disable_password_authentication = false }`. The Linux VM resources default to `true`.',
  remediation: 'Set `disable_password_authentication = true` (the default) and give an `admin_ssh_key { username = …, public_key = … }`.',
  check: checkPasswordAuthentication,
};

function checkPasswordAuthentication(vm: IacResource): IacVerdict {
  const written = firstWritten(vm, ['disable_password_authentication', 'os_profile_linux_config.disable_password_authentication']);
  if (!written) return pass;
  const disabled = asBoolean(written.value);
  if (isUnknown(disabled)) return unknown(disabled.reason, written.path);
  return disabled === false ? fail('SSH accepts passwords: they can be brute-forced or reused from other breaches', written.path) : pass;
}
