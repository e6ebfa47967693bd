import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * With fine-grained (per-object) ACLs, a single object uploaded with a public ACL is readable by
 * anyone even when the bucket's IAM policy is private, and nobody reviewing the bucket's IAM sees it.
 * Uniform bucket-level access makes IAM the only gate.
 */
export const tfGcpStorageBucketUniformAccessDisabled: IacRule = {
  id: 'tf-gcp-storage-bucket-uniform-access-disabled',
  title: 'Cloud Storage bucket without uniform bucket-level access',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-732', 'CIS-GCP-5.2'],
  equivalents: ['CKV_GCP_29', 'AVD-GCP-0002'],
  description: 'A `google_storage_bucket` without `uniform_bucket_level_access = true`, so object ACLs can grant access the bucket IAM policy does not show.',
  remediation: 'Set `uniform_bucket_level_access = true` on the bucket and grant access through IAM only.',
  format: 'terraform',
  resourceTypes: ['google_storage_bucket'],
  check: (bucket) =>
    expectAttribute(bucket, 'uniform_bucket_level_access', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'object ACLs stay in force: one object uploaded with a public ACL is readable by anyone although the bucket policy looks private',
    }),
};
