import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without Kubernetes RBAC every authenticated user and service account can do anything in the
 * cluster, so one leaked token or compromised pod owns all workloads and secrets.
 */
export const tfAzureAksRbacDisabled: IacRule = {
  id: 'tf-azure-aks-rbac-disabled',
  title: 'AKS cluster with Kubernetes RBAC disabled',
  severity: 'high',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_kubernetes_cluster'],
  tags: ['CWE-285', 'CIS-AZURE-8.5'],
  equivalents: ['CKV_AZURE_5', 'AVD-AZU-0042'],
  description: 'An `azurerm_kubernetes_cluster` with `role_based_access_control_enabled = false` (azurerm 3+) or `role_based_access_control { enabled = false }` (azurerm 2). RBAC is on by default.',
  remediation: 'Remove the setting or set `role_based_access_control_enabled = true` (it forces a new cluster).',
  check: (cluster) =>
    checkBoolean(cluster, ['role_based_access_control_enabled', 'role_based_access_control.enabled'], true, 'pass', 'Kubernetes RBAC is off: any authenticated user or pod token can control every workload and secret in the cluster'),
};
