import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { containsUnknown, isIacObject } from '../../../iac-value.ts';

/**
 * A disk encrypted only with Google-managed keys can be read by anyone who can snapshot or attach
 * it in the project; a customer-supplied or Cloud KMS key adds a key you control and can revoke.
 */
export const tfGcpComputeDiskNoCsek: IacRule = {
  id: 'tf-gcp-compute-disk-no-csek',
  title: 'Compute disk not encrypted with a customer key',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-311', 'CIS-GCP-4.7'],
  equivalents: ['CKV_GCP_37', 'AVD-GCP-0034'],
  description: 'A `google_compute_disk` without a `disk_encryption_key` block (`raw_key`, `rsa_encrypted_key` or `kms_key_self_link`).',
  remediation: 'Add `disk_encryption_key { kms_key_self_link = google_kms_crypto_key.disk.id }` (or `raw_key` with a customer-supplied key).',
  format: 'terraform',
  resourceTypes: ['google_compute_disk'],
  check(disk) {
    const key = valueAt(disk, 'disk_encryption_key');
    if (containsUnknown(key)) return unknown('disk_encryption_key could not be evaluated', 'disk_encryption_key');
    const first = Array.isArray(key) ? key[0] : key;
    if (isIacObject(first) && Object.values(first).some((value) => typeof value === 'string' && value !== '')) return pass;
    return fail('the disk is encrypted with Google-managed keys only: anyone able to snapshot or attach it in the project reads it, and you cannot revoke access by disabling a key', 'disk_encryption_key');
  },
};
