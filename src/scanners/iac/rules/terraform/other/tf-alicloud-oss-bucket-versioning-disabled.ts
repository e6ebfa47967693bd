import { expectAttribute, isOneOf } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without versioning, an overwrite or delete (a buggy job, a compromised key, ransomware) destroys the only copy of an object.
 */
export const tfAlicloudOssBucketVersioningDisabled: IacRule = {
  id: 'tf-alicloud-oss-bucket-versioning-disabled',
  title: 'OSS bucket versioning disabled',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-693'],
  equivalents: ['CKV_ALI_10'],
  description: 'An `alicloud_oss_bucket` without `versioning { status = "Enabled" }`.',
  remediation: 'Add `versioning { status = "Enabled" }`.',
  format: 'terraform',
  resourceTypes: ['alicloud_oss_bucket'],
  check: (resource) =>
    expectAttribute(resource, 'versioning.status', {
      accept: isOneOf('Enabled'),
      whenMissing: 'fail',
      message: 'objects are not versioned: an overwrite or delete by a faulty job or an attacker cannot be undone',
    }),
};
