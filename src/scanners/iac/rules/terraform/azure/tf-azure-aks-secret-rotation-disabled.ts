import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without rotation, pods keep the Key Vault secrets they mounted at start: a secret rotated in the
 * vault after a leak stays valid inside the cluster until every pod restarts.
 */
export const tfAzureAksSecretRotationDisabled: IacRule = {
  id: 'tf-azure-aks-secret-rotation-disabled',
  title: 'AKS Key Vault secrets provider does not rotate secrets',
  severity: 'low',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_kubernetes_cluster'],
  tags: ['CWE-324'],
  equivalents: ['CKV_AZURE_172'],
  description: 'An `azurerm_kubernetes_cluster` whose `key_vault_secrets_provider.secret_rotation_enabled` is not `true` (also when the add-on is not configured).',
  remediation: 'Add `key_vault_secrets_provider { secret_rotation_enabled = true, secret_rotation_interval = "2m" }` and mount secrets through the CSI driver.',
  check: (cluster) => expectAttribute(cluster, 'key_vault_secrets_provider.secret_rotation_enabled', { accept: isBoolean(true), whenMissing: 'fail', message: 'secrets mounted from Key Vault are never refreshed: a secret rotated after a leak stays valid in running pods' }),
};
