import { checkPresent } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without a network policy engine, Kubernetes NetworkPolicies are ignored and every pod can reach
 * every other pod, so one compromised container can attack databases and internal services freely.
 */
export const tfAzureAksNoNetworkPolicy: IacRule = {
  id: 'tf-azure-aks-no-network-policy',
  title: 'AKS cluster without a network policy engine',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_kubernetes_cluster'],
  tags: ['CWE-284'],
  equivalents: ['CKV_AZURE_7', 'AVD-AZU-0043'],
  description: 'An `azurerm_kubernetes_cluster` without `network_profile { network_policy = … }`.',
  remediation: 'Set `network_profile { network_plugin = "azure", network_policy = "azure" }` (or `"calico"` / `"cilium"`), then write NetworkPolicies that deny by default.',
  check: (cluster) => checkPresent(cluster, ['network_profile.network_policy'], 'no network policy engine: NetworkPolicies are ignored and a compromised pod can reach every other pod'),
};
