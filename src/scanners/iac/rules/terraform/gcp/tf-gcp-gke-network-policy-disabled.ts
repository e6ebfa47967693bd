import { isMissing } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

/**
 * Without network policy enforcement every pod can reach every other pod, so one compromised
 * container can talk to databases and internal APIs across all namespaces.
 */
export const tfGcpGkeNetworkPolicyDisabled: IacRule = {
  id: 'tf-gcp-gke-network-policy-disabled',
  title: 'GKE network policy enforcement disabled',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_GCP_12', 'AVD-GCP-0056'],
  description: 'A `google_container_cluster` without `network_policy { enabled = true }`, and not using Dataplane V2 (`datapath_provider = "ADVANCED_DATAPATH"`), which enforces policies itself.',
  remediation: 'Add `network_policy { enabled = true }` (or create the cluster with `datapath_provider = "ADVANCED_DATAPATH"`) and write NetworkPolicies for each namespace.',
  format: 'terraform',
  resourceTypes: ['google_container_cluster'],
  check(cluster) {
    const message = 'NetworkPolicies are not enforced: any compromised pod can reach every other pod and service in the cluster';
    const enabled = valueAt(cluster, 'network_policy.enabled');
    if (isMissing(valueAt(cluster, 'network_policy')) || enabled === undefined) return fail(message, 'network_policy');
    const on = asBoolean(enabled);
    if (isUnknown(on)) return unknown(on.reason, 'network_policy.enabled');
    if (on === true) return pass;
    const datapath = valueAt(cluster, 'datapath_provider');
    if (isUnknown(datapath)) return unknown(datapath.reason, 'datapath_provider');
    return datapath === 'ADVANCED_DATAPATH' ? pass : fail(message, 'network_policy.enabled');
  },
};
