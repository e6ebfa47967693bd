import { companionsOf } from '../../../checks/terraform-companions.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

const PUBLIC_ACLS = new Set(['public-read', 'public-read-write']);

/**
 * A `public-read` bucket lets anyone list and download its objects, and `public-read-write` also
 * lets anyone upload or overwrite them (malware hosting, defacement, surprise bills).
 */
export const tfAlicloudOssBucketPublic: IacRule = {
  id: 'tf-alicloud-oss-bucket-public',
  title: 'OSS bucket readable or writable by anyone',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_ALI_1'],
  description: 'An `alicloud_oss_bucket` whose `acl` is `public-read` or `public-read-write`, or with an `alicloud_oss_bucket_acl` setting one of those.',
  remediation: 'Set `acl = "private"` (on the bucket or its `alicloud_oss_bucket_acl`) and share objects with signed URLs.',
  format: 'terraform',
  resourceTypes: ['alicloud_oss_bucket'],
  check(bucket, { graph }) {
    const own = judgeAcl(valueAt(bucket, 'acl'), 'acl');
    if (own.outcome !== 'pass') return own;
    for (const companion of companionsOf(bucket, graph, 'alicloud_oss_bucket_acl', 'bucket', 'bucket')) {
      const verdict = judgeAcl(valueAt(companion, 'acl'), 'acl');
      if (verdict.outcome === 'fail') return fail(`${verdict.message} (set by ${companion.address})`);
      if (verdict.outcome === 'unknown') return unknown(`${companion.address}: ${verdict.reason}`);
    }
    return pass;
  },
};

function judgeAcl(acl: unknown, path: string): IacVerdict {
  if (isUnknown(acl)) return unknown(acl.reason, path);
  if (typeof acl === 'string' && PUBLIC_ACLS.has(acl)) {
    return fail(acl === 'public-read-write' ? 'anyone on the internet can read, upload and overwrite objects in the bucket' : 'anyone on the internet can list and download the bucket\'s objects', path);
  }
  return pass;
}
