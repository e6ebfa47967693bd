import { expectAttribute, isOneOf } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Public access prevention makes Cloud Storage refuse any grant to `allUsers` or `allAuthenticatedUsers`, so a mistaken IAM binding or ACL cannot publish the bucket.
 */
export const tfGcpStorageBucketPublicAccessPreventionOff: IacRule = {
  id: 'tf-gcp-storage-bucket-public-access-prevention-off',
  title: 'Cloud Storage bucket does not enforce public access prevention',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_GCP_114'],
  description: 'A `google_storage_bucket` without `public_access_prevention = "enforced"`.',
  remediation: 'Set `public_access_prevention = "enforced"` (or enforce it for the whole organisation with the `storage.publicAccessPrevention` policy).',
  format: 'terraform',
  resourceTypes: ['google_storage_bucket'],
  check: (resource) =>
    expectAttribute(resource, 'public_access_prevention', {
      accept: isOneOf('enforced'),
      whenMissing: 'fail',
      message: 'public access prevention is not enforced: one IAM grant or ACL for allUsers publishes the bucket to the internet',
    }),
};
