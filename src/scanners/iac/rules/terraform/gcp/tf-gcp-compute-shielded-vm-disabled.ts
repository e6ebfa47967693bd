import { isMissing } from '../../../checks/attribute-verdict.ts';
import { decidedByTemplate, GCP_VM_TYPES } from '../../../checks/gcp-instance-template.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

/**
 * Shielded VM's virtual TPM and integrity monitoring detect boot-level malware (bootkits, rootkits
 * that survive reinstalls of the operating system); without them such a compromise goes unnoticed.
 */
export const tfGcpComputeShieldedVmDisabled: IacRule = {
  id: 'tf-gcp-compute-shielded-vm-disabled',
  title: 'VM without Shielded VM protections',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-693', 'CIS-GCP-4.8'],
  equivalents: ['CKV_GCP_39', 'AVD-GCP-0041', 'AVD-GCP-0045'],
  description: 'A `google_compute_instance`, instance template or instance from template without `shielded_instance_config`, or with `enable_vtpm` or `enable_integrity_monitoring` set to `false`.',
  remediation: 'Add `shielded_instance_config { enable_secure_boot = true, enable_vtpm = true, enable_integrity_monitoring = true }` and use a Shielded VM image.',
  format: 'terraform',
  resourceTypes: GCP_VM_TYPES,
  check(vm) {
    const fromTemplate = decidedByTemplate(vm, 'shielded_instance_config');
    if (fromTemplate) return fromTemplate;
    const config = valueAt(vm, 'shielded_instance_config');
    if (isMissing(config)) return fail('the VM has no Shielded VM configuration: boot-level malware would run undetected', 'shielded_instance_config');
    if (isUnknown(config)) return unknown(config.reason, 'shielded_instance_config');
    for (const setting of ['enable_vtpm', 'enable_integrity_monitoring']) {
      const path = `shielded_instance_config.${setting}`;
      const value = asBoolean(valueAt(vm, path));
      if (isUnknown(value)) return unknown(value.reason, path);
      if (value === false) return fail(`Shielded VM ${setting.replace('enable_', '').replace('_', ' ')} is turned off: tampering with the boot chain would go undetected`, path);
    }
    return pass;
  },
};
