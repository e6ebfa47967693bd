import { judgePublicGrant, PUBLIC_MEMBERS } from '../../../checks/gcp-iam-members.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A table shared with `allUsers` or `allAuthenticatedUsers` can be queried by anyone with a Google account, which is how analytics data full of personal details leaks.
 */
export const tfGcpBigqueryTablePublic: IacRule = {
  id: 'tf-gcp-bigquery-table-public',
  title: 'BigQuery table accessible by anyone',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_GCP_100'],
  description: 'A `google_bigquery_table_iam_member` or `_iam_binding` granting a role to `allUsers` or `allAuthenticatedUsers`.',
  remediation: 'Grant table roles to named users, groups or service accounts; publish aggregated data through an authorised view instead.',
  format: 'terraform',
  resourceTypes: ['google_bigquery_table_iam_member', 'google_bigquery_table_iam_binding'],
  check: (grant) => judgePublicGrant(grant, PUBLIC_MEMBERS, 'the table role is granted to everyone: anyone with a Google account can query or change its rows, depending on the role'),
};
