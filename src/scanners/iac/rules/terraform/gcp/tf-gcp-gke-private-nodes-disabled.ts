import { isMissing } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

/**
 * Nodes of a public cluster get external IP addresses, so kubelets, node ports and anything a pod
 * binds on the host are reachable from the internet.
 */
export const tfGcpGkePrivateNodesDisabled: IacRule = {
  id: 'tf-gcp-gke-private-nodes-disabled',
  title: 'GKE cluster without private nodes',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_GCP_25', 'CKV_GCP_64', 'AVD-GCP-0059'],
  description: 'A `google_container_cluster` without a `private_cluster_config` block, or with `enable_private_nodes = false` in it.',
  remediation: 'Add `private_cluster_config { enable_private_nodes = true, master_ipv4_cidr_block = "172.16.0.0/28" }` and use Cloud NAT for egress.',
  format: 'terraform',
  resourceTypes: ['google_container_cluster'],
  check(cluster) {
    const message = 'cluster nodes get public IP addresses: node ports and host-bound services are reachable from the internet';
    const config = valueAt(cluster, 'private_cluster_config');
    if (isMissing(config)) return fail(message, 'private_cluster_config');
    if (isUnknown(config)) return unknown(config.reason, 'private_cluster_config');
    const nodes = asBoolean(valueAt(cluster, 'private_cluster_config.enable_private_nodes'));
    if (isUnknown(nodes)) return unknown(nodes.reason, 'private_cluster_config.enable_private_nodes');
    return nodes === false ? fail(message, 'private_cluster_config.enable_private_nodes') : pass;
  },
};
