import { firstWritten } from '../../../checks/attribute-expectation.ts';
import type { IacResource } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

/**
 * A public API server that accepts connections from any address can be attacked with stolen
 * kubeconfigs or API server flaws from anywhere; authorized IP ranges or a private cluster shrink
 * that to known networks.
 */
export const tfAzureAksApiServerUnrestricted: IacRule = {
  id: 'tf-azure-aks-api-server-unrestricted',
  title: 'AKS API server reachable from any IP address',
  severity: 'high',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_kubernetes_cluster'],
  tags: ['CWE-284'],
  equivalents: ['CKV_AZURE_6', 'AVD-AZU-0041'],
  description: 'A public `azurerm_kubernetes_cluster` (no `private_cluster_enabled = true`) without `api_server_access_profile { authorized_ip_ranges = [...] }` (or the azurerm 2 `api_server_authorized_ip_ranges`).',
  remediation: 'Add `api_server_access_profile { authorized_ip_ranges = ["203.0.113.0/24"] }` with the networks that administer the cluster, or set `private_cluster_enabled = true`.',
  check: checkApiServer,
};

function checkApiServer(cluster: IacResource): IacVerdict {
  const privateCluster = asBoolean(cluster.attributes.private_cluster_enabled);
  if (privateCluster === true) return pass;
  if (firstWritten(cluster, ['api_server_access_profile.authorized_ip_ranges', 'api_server_authorized_ip_ranges'])) return pass;
  if (isUnknown(privateCluster)) return unknown(privateCluster.reason, 'private_cluster_enabled');
  return fail('the Kubernetes API server accepts connections from any IP address: stolen credentials or API server flaws can be used from anywhere', 'api_server_access_profile');
}
