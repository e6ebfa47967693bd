import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without versioning, an overwrite or delete (a buggy job, a compromised key, ransomware) destroys
 * the only copy of an object.
 */
export const tfGcpStorageBucketVersioningDisabled: IacRule = {
  id: 'tf-gcp-storage-bucket-versioning-disabled',
  title: 'Cloud Storage bucket versioning disabled',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-693'],
  equivalents: ['CKV_GCP_78'],
  description: 'A `google_storage_bucket` without `versioning { enabled = true }`.',
  remediation: 'Add `versioning { enabled = true }` (with a lifecycle rule to expire old versions).',
  format: 'terraform',
  resourceTypes: ['google_storage_bucket'],
  check: (bucket) =>
    expectAttribute(bucket, 'versioning.enabled', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'objects are not versioned: an overwrite or delete by a faulty job or an attacker cannot be undone',
    }),
};
