import { blocksAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isIacObject, isUnknown } from '../../../iac-value.ts';

/** Access entries that name who is granted (a user, group, domain or authorised view); an entry with none of them grants everyone. */
const GRANTEE_KEYS = ['user_by_email', 'group_by_email', 'domain', 'view', 'routine', 'dataset', 'special_group', 'iam_member'];

/**
 * A dataset access entry for `allUsers` or `allAuthenticatedUsers` lets anyone with a Google account
 * query the tables, which is how analytics datasets full of personal data end up public.
 */
export const tfGcpBigqueryDatasetPublic: IacRule = {
  id: 'tf-gcp-bigquery-dataset-public',
  title: 'BigQuery dataset readable by anyone',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-284', 'CIS-GCP-7.1'],
  equivalents: ['CKV_GCP_15', 'AVD-GCP-0046'],
  description: 'A `google_bigquery_dataset` with an `access` block whose `special_group` is `allUsers` or `allAuthenticatedUsers`.',
  remediation: 'Remove the public `access` entry; grant `user_by_email`, `group_by_email` or an authorised `view` instead.',
  format: 'terraform',
  resourceTypes: ['google_bigquery_dataset'],
  check(dataset) {
    let undecided: string | undefined;
    for (const [index, entry] of blocksAt(dataset, 'access').entries()) {
      if (isUnknown(entry)) {
        undecided ??= entry.reason;
        continue;
      }
      if (!isIacObject(entry)) continue;
      const group = entry['special_group'] ?? entry['iam_member'];
      if (isUnknown(group)) undecided ??= group.reason;
      else if (group === 'allUsers' || group === 'allAuthenticatedUsers') return fail(`the dataset is shared with ${group}: anyone with a Google account can query its tables`, `access.${index}.${'special_group' in entry ? 'special_group' : 'iam_member'}`);
      else if (!GRANTEE_KEYS.some((key) => key in entry)) return fail('an access entry names no grantee, which BigQuery treats as everyone: anyone can query the tables', `access.${index}`);
    }
    return undecided === undefined ? pass : unknown(undecided, 'access');
  },
};
