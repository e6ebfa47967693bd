import { expectAttribute, isSet } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Access logs record who read or changed which object; without them an incident responder cannot tell what a leaked key or public ACL exposed.
 */
export const tfAlicloudOssBucketLoggingDisabled: IacRule = {
  id: 'tf-alicloud-oss-bucket-logging-disabled',
  title: 'OSS bucket access logging disabled',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-778'],
  equivalents: ['CKV_ALI_12'],
  description: 'An `alicloud_oss_bucket` without a `logging { target_bucket = … }` block.',
  remediation: 'Add `logging { target_bucket = alicloud_oss_bucket.logs.id, target_prefix = "log/" }`.',
  format: 'terraform',
  resourceTypes: ['alicloud_oss_bucket'],
  check: (resource) =>
    expectAttribute(resource, 'logging', {
      accept: isSet,
      whenMissing: 'fail',
      message: 'object access is not logged: after a leak nobody can tell which objects were read or by whom',
    }),
};
