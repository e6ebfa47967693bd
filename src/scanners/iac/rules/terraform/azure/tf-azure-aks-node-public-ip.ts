import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Nodes with public IP addresses can be reached from the Internet directly, bypassing the load
 * balancer and any ingress controls, exposing kubelet and node services to attack.
 */
export const tfAzureAksNodePublicIp: IacRule = {
  id: 'tf-azure-aks-node-public-ip',
  title: 'AKS default node pool nodes get public IP addresses',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_kubernetes_cluster'],
  tags: ['CWE-284'],
  equivalents: ['CKV_AZURE_143'],
  description: 'An `azurerm_kubernetes_cluster` whose `default_node_pool` has `node_public_ip_enabled = true` (azurerm 4) or `enable_node_public_ip = true` (older). The default is `false`.',
  remediation: 'Remove the setting or set it to `false`; expose workloads through a load balancer or ingress instead.',
  check: (cluster) =>
    checkBoolean(cluster, ['default_node_pool.node_public_ip_enabled', 'default_node_pool.enable_node_public_ip'], false, 'pass', 'cluster nodes get public IP addresses: kubelet and node services can be attacked from the Internet directly'),
};
