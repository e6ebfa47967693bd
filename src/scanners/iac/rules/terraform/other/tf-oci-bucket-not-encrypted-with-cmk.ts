import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A customer-managed Vault key lets you audit and revoke access to the bucket's data; Oracle-managed keys give you neither.
 */
export const tfOciBucketNotEncryptedWithCmk: IacRule = {
  id: 'tf-oci-bucket-not-encrypted-with-cmk',
  title: 'OCI Object Storage bucket not encrypted with a customer-managed key',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_OCI_9'],
  description: 'An `oci_objectstorage_bucket` without `kms_key_id`.',
  remediation: 'Set `kms_key_id = oci_kms_key.bucket.id`.',
  format: 'terraform',
  resourceTypes: ['oci_objectstorage_bucket'],
  check: (resource) =>
    expectAttribute(resource, 'kms_key_id', {
      accept: isSet,
      whenMissing: 'fail',
      message: 'objects are encrypted with Oracle-managed keys only: access cannot be revoked by disabling a key you control',
    }),
};
