import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { containsUnknown } from '../../../iac-value.ts';

/**
 * A boot disk encrypted only with Google-managed keys can be read by anyone who can snapshot or
 * attach it in the project; a customer-supplied or customer-managed key adds a key you control
 * (and can revoke) for critical VMs.
 */
export const tfGcpComputeBootDiskNoCsek: IacRule = {
  id: 'tf-gcp-compute-boot-disk-no-csek',
  title: 'VM boot disk not encrypted with a customer key',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-311', 'CIS-GCP-4.7'],
  equivalents: ['CKV_GCP_38', 'AVD-GCP-0033'],
  description: 'A `google_compute_instance` whose `boot_disk` sets neither `disk_encryption_key_raw` (customer-supplied key) nor `kms_key_self_link` (Cloud KMS key).',
  remediation: 'Set `boot_disk { kms_key_self_link = google_kms_crypto_key.disk.id }` (or `disk_encryption_key_raw` with a customer-supplied key).',
  format: 'terraform',
  resourceTypes: ['google_compute_instance'],
  check(vm) {
    let undecided: string | undefined;
    for (const path of ['boot_disk.disk_encryption_key_raw', 'boot_disk.kms_key_self_link']) {
      const value = valueAt(vm, path);
      if (containsUnknown(value)) undecided ??= path;
      else if (typeof value === 'string' && value !== '') return pass;
    }
    if (undecided) return unknown(`${undecided} could not be evaluated`, undecided);
    return fail('the boot disk is encrypted with Google-managed keys only: anyone able to snapshot or attach it in the project reads it, and you cannot revoke access by disabling a key', 'boot_disk');
  },
};
