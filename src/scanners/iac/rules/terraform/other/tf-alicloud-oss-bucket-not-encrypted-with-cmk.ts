import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Encrypting a bucket with your own KMS key lets you audit and revoke access to the data by key; without it, anyone with storage access reads the objects.
 */
export const tfAlicloudOssBucketNotEncryptedWithCmk: IacRule = {
  id: 'tf-alicloud-oss-bucket-not-encrypted-with-cmk',
  title: 'OSS bucket not encrypted with a customer master key',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_ALI_6'],
  description: 'An `alicloud_oss_bucket` without `server_side_encryption_rule { sse_algorithm = "KMS", kms_master_key_id = … }`.',
  remediation: 'Add `server_side_encryption_rule { sse_algorithm = "KMS", kms_master_key_id = alicloud_kms_key.oss.id }`.',
  format: 'terraform',
  resourceTypes: ['alicloud_oss_bucket'],
  check: (resource) =>
    expectAttribute(resource, 'server_side_encryption_rule.kms_master_key_id', {
      accept: isSet,
      whenMissing: 'fail',
      message: 'objects are not encrypted with a KMS key you control: access cannot be revoked by disabling the key and key use is not audited',
    }),
};
