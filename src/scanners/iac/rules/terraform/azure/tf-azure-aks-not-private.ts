import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A public cluster exposes its API server on the Internet; a private cluster keeps it on a private
 * IP in the virtual network, out of reach of Internet scanning and credential stuffing.
 */
export const tfAzureAksNotPrivate: IacRule = {
  id: 'tf-azure-aks-not-private',
  title: 'AKS cluster is not private',
  severity: 'medium',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_kubernetes_cluster'],
  tags: ['CWE-284'],
  equivalents: ['CKV_AZURE_115', 'AVD-AZU-0065'],
  description: 'An `azurerm_kubernetes_cluster` whose `private_cluster_enabled` is `false` or not written (the default is `false`).',
  remediation: 'Set `private_cluster_enabled = true` (it forces a new cluster) and reach the API server through the virtual network.',
  check: (cluster) => checkBoolean(cluster, ['private_cluster_enabled'], true, 'fail', 'the API server has a public endpoint: it can be attacked from the Internet'),
};
