import { blocksAt, valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/**
 * Without the GKE metadata server, pods read the node's Compute Engine metadata directly: they get
 * the node service account's token and the kubelet bootstrap credentials, enough to escalate to
 * other workloads.
 */
export const tfGcpGkeMetadataServerDisabled: IacRule = {
  id: 'tf-gcp-gke-metadata-server-disabled',
  title: 'GKE metadata server (Workload Identity) not enabled on nodes',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-200'],
  equivalents: ['CKV_GCP_69', 'AVD-GCP-0057'],
  description: 'A `google_container_cluster` or `google_container_node_pool` without `node_config { workload_metadata_config { mode = "GKE_METADATA" } }` (or the older `node_metadata = "GKE_METADATA_SERVER"`).',
  remediation: 'Add `node_config { workload_metadata_config { mode = "GKE_METADATA" } }` and enable Workload Identity on the cluster (`workload_identity_config { workload_pool = "PROJECT.svc.id.goog" }`).',
  format: 'terraform',
  resourceTypes: ['google_container_cluster', 'google_container_node_pool'],
  check(resource) {
    const configs = blocksAt(resource, 'node_config.workload_metadata_config');
    let undecided: string | undefined;
    for (const config of configs) {
      if (isUnknown(config)) {
        undecided ??= config.reason;
        continue;
      }
      const mode = valueAt(config, 'mode');
      const legacy = valueAt(config, 'node_metadata');
      if (mode === 'GKE_METADATA' || legacy === 'GKE_METADATA_SERVER') return pass;
      if (isUnknown(mode)) undecided ??= mode.reason;
      else if (isUnknown(legacy)) undecided ??= legacy.reason;
    }
    const nodeConfig = valueAt(resource, 'node_config');
    if (isUnknown(nodeConfig)) return unknown(nodeConfig.reason, 'node_config');
    if (undecided !== undefined) return unknown(undecided, 'node_config.workload_metadata_config');
    const at = configs.length > 0 ? 'node_config.workload_metadata_config' : nodeConfig === undefined ? undefined : 'node_config';
    return fail('pods can read the node\'s metadata: they obtain the node service account token and kubelet credentials, enough to attack other workloads', at);
  },
};
