import { firstWritten } from '../../../checks/attribute-expectation.ts';
import type { IacResource } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

/**
 * The Kubernetes dashboard has a history of being exposed with broad rights (the Tesla cryptojacking
 * incident); enabled as an add-on it is one more privileged entry point into the cluster.
 */
export const tfAzureAksDashboardEnabled: IacRule = {
  id: 'tf-azure-aks-dashboard-enabled',
  title: 'AKS Kubernetes dashboard enabled',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_kubernetes_cluster'],
  tags: ['CWE-284'],
  equivalents: ['CKV_AZURE_8'],
  description: 'An `azurerm_kubernetes_cluster` with `addon_profile { kube_dashboard { enabled = true } }` (azurerm 2; the add-on was removed later).',
  remediation: 'Remove the `kube_dashboard` block or set `enabled = false`; use `kubectl` or the Azure portal instead.',
  check: checkDashboard,
};

function checkDashboard(cluster: IacResource): IacVerdict {
  const written = firstWritten(cluster, ['addon_profile.kube_dashboard.enabled']);
  if (!written) return pass;
  const enabled = asBoolean(written.value);
  if (isUnknown(enabled)) return unknown(enabled.reason, written.path);
  return enabled === true ? fail('the Kubernetes dashboard add-on is on: a privileged web UI into the cluster that attackers look for', written.path) : pass;
}
