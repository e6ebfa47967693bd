import { expectAttribute } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A public bucket lets anyone on the internet download its objects without credentials; exposed buckets are found by scanners within hours.
 */
export const tfOciBucketPublic: IacRule = {
  id: 'tf-oci-bucket-public',
  title: 'OCI Object Storage bucket is public',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_OCI_10'],
  description: 'An `oci_objectstorage_bucket` with `access_type = "ObjectRead"` or `"ObjectReadWithoutList"`.',
  remediation: 'Set `access_type = "NoPublicAccess"` (or remove it) and share objects with pre-authenticated requests.',
  format: 'terraform',
  resourceTypes: ['oci_objectstorage_bucket'],
  check: (resource) =>
    expectAttribute(resource, 'access_type', {
      accept: (value) => value !== 'ObjectRead' && value !== 'ObjectReadWithoutList',
      whenMissing: 'pass',
      message: 'the bucket allows anonymous reads: anyone on the internet can download its objects',
    }),
};
