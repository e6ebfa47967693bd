import { anyMember, iamMembers, PUBLIC_MEMBERS } from '../../../checks/gcp-iam-members.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/**
 * Granting a bucket role to `allUsers` or `allAuthenticatedUsers` publishes its objects to the
 * internet (any Google account counts as authenticated); public buckets are found by scanners
 * within hours and are a classic source of data leaks.
 */
export const tfGcpStorageBucketPublicIam: IacRule = {
  id: 'tf-gcp-storage-bucket-public-iam',
  title: 'Cloud Storage bucket granted to allUsers or allAuthenticatedUsers',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-284', 'CIS-GCP-5.1'],
  equivalents: ['CKV_GCP_28', 'AVD-GCP-0001'],
  description: 'A `google_storage_bucket_iam_member` or `google_storage_bucket_iam_binding` whose `member`/`members` include `allUsers` or `allAuthenticatedUsers`.',
  remediation: 'Grant bucket roles to named users, groups or service accounts only; serve public content through a CDN or signed URLs instead of a public bucket.',
  format: 'terraform',
  resourceTypes: ['google_storage_bucket_iam_member', 'google_storage_bucket_iam_binding'],
  check(grant) {
    const { path, members } = iamMembers(grant);
    const open = anyMember(members, (member) => PUBLIC_MEMBERS.includes(member));
    if (isUnknown(open)) return unknown(open.reason, path);
    return open ? fail('the bucket role is granted to everyone on the internet: anyone can use it on the bucket without signing in to your organisation', path) : pass;
  },
};
