import { checkBoolean } from '../../../checks/attribute-expectation.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Local accounts give a static cluster-admin credential that bypasses Entra ID: no MFA, no
 * conditional access, and it keeps working after the person who downloaded it has left.
 */
export const tfAzureAksLocalAccountsEnabled: IacRule = {
  id: 'tf-azure-aks-local-accounts-enabled',
  title: 'AKS local admin accounts enabled',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_kubernetes_cluster'],
  tags: ['CWE-287'],
  equivalents: ['CKV_AZURE_141'],
  description: 'An `azurerm_kubernetes_cluster` whose `local_account_disabled` is `false` or not written (the default is `false`).',
  remediation: 'Set `local_account_disabled = true` together with `azure_active_directory_role_based_access_control { azure_rbac_enabled = true, … }`.',
  check: (cluster) => checkBoolean(cluster, ['local_account_disabled'], true, 'fail', 'local cluster-admin credentials are enabled: a downloaded kubeconfig bypasses Entra ID, MFA and revocation'),
};
