import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import { decidedByTemplate, GCP_VM_TYPES } from '../../../checks/gcp-instance-template.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * The interactive serial console accepts connections from any IP address and is not covered by
 * firewall rules, so anyone holding a valid key or password for the VM reaches it from anywhere.
 */
export const tfGcpComputeSerialPortEnabled: IacRule = {
  id: 'tf-gcp-compute-serial-port-enabled',
  title: 'VM interactive serial console enabled',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284', 'CIS-GCP-4.5'],
  equivalents: ['CKV_GCP_35', 'AVD-GCP-0032'],
  description: 'A `google_compute_instance`, instance template or instance from template with `metadata = { serial-port-enable = true }`.',
  remediation: 'Remove `serial-port-enable` from `metadata` or set it to `false`; use it only while debugging and through a restricted project.',
  format: 'terraform',
  resourceTypes: GCP_VM_TYPES,
  check: (vm) =>
    decidedByTemplate(vm, 'metadata.serial-port-enable') ??
    expectAttribute(vm, 'metadata.serial-port-enable', {
      accept: (value) => !isBoolean(true)(value),
      whenMissing: 'pass',
      message: 'the interactive serial console is enabled: it bypasses firewall rules and accepts logins from any address',
    }),
};

