import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Checkov asks for transfer acceleration on OSS buckets; it matters for availability of large or distant transfers rather than for confidentiality.
 */
export const tfAlicloudOssBucketTransferAccelerationDisabled: IacRule = {
  id: 'tf-alicloud-oss-bucket-transfer-acceleration-disabled',
  title: 'OSS bucket transfer acceleration disabled',
  severity: 'info',
  confidence: 'high',
  tags: ['CWE-400'],
  equivalents: ['CKV_ALI_11'],
  description: 'An `alicloud_oss_bucket` without `transfer_acceleration { enabled = true }`.',
  remediation: 'Add `transfer_acceleration { enabled = true }` where clients upload or download across regions.',
  format: 'terraform',
  resourceTypes: ['alicloud_oss_bucket'],
  check: (resource) =>
    expectAttribute(resource, 'transfer_acceleration.enabled', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'transfer acceleration is off: large or distant transfers are slower and more likely to fail',
    }),
};
