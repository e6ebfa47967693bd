import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/**
 * Basic authentication gives the API server a static username and password that grant
 * cluster-admin, cannot be scoped and end up in state files and scripts.
 */
export const tfGcpGkeBasicAuthEnabled: IacRule = {
  id: 'tf-gcp-gke-basic-auth-enabled',
  title: 'GKE basic authentication enabled',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798'],
  equivalents: ['CKV_GCP_19', 'AVD-GCP-0064'],
  description: 'A `google_container_cluster` whose `master_auth` sets a non-empty `username` or `password`.',
  remediation: 'Remove `username` and `password` from `master_auth` (or set both to `""`) and authenticate with IAM.',
  format: 'terraform',
  resourceTypes: ['google_container_cluster'],
  check(cluster) {
    for (const path of ['master_auth.username', 'master_auth.password']) {
      const value = valueAt(cluster, path);
      if (isUnknown(value)) return unknown(value.reason, path);
      if (typeof value === 'string' && value !== '') return fail('the API server accepts a static username and password with cluster-admin rights: anyone who finds them in state or scripts controls the cluster', path);
    }
    return pass;
  },
};
