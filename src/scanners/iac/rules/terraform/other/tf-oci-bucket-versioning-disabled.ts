import { expectAttribute, isOneOf } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without versioning, an overwrite or delete (a buggy job, a compromised key, ransomware) destroys the only copy of an object.
 */
export const tfOciBucketVersioningDisabled: IacRule = {
  id: 'tf-oci-bucket-versioning-disabled',
  title: 'OCI Object Storage bucket versioning disabled',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-693'],
  equivalents: ['CKV_OCI_8'],
  description: 'An `oci_objectstorage_bucket` without `versioning = "Enabled"`.',
  remediation: 'Set `versioning = "Enabled"`.',
  format: 'terraform',
  resourceTypes: ['oci_objectstorage_bucket'],
  check: (resource) =>
    expectAttribute(resource, 'versioning', {
      accept: isOneOf('Enabled'),
      whenMissing: 'fail',
      message: 'objects are not versioned: an overwrite or delete by a faulty job or an attacker cannot be undone',
    }),
};
