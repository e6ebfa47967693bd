import { firstWritten } from '../../../checks/attribute-expectation.ts';
import type { IacResource } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

/**
 * The Azure Policy add-on enforces guardrails (no privileged pods, allowed registries…) at admission;
 * without it nothing stops a deployment from running a privileged or untrusted container.
 */
export const tfAzureAksNoAzurePolicy: IacRule = {
  id: 'tf-azure-aks-no-azure-policy',
  title: 'AKS cluster without the Azure Policy add-on',
  severity: 'low',
  confidence: 'medium',
  format: 'terraform',
  resourceTypes: ['azurerm_kubernetes_cluster'],
  tags: ['CWE-693'],
  equivalents: ['CKV_AZURE_116', 'AVD-AZU-0066'],
  description: 'An `azurerm_kubernetes_cluster` without `azure_policy_enabled = true` (azurerm 2.97+) or `addon_profile { azure_policy { enabled = true } }` (older).',
  remediation: 'Set `azure_policy_enabled = true` and assign the Kubernetes pod security policy initiatives.',
  check: checkPolicyAddon,
};

function checkPolicyAddon(cluster: IacResource): IacVerdict {
  const written = firstWritten(cluster, ['azure_policy_enabled', 'addon_profile.azure_policy.enabled']);
  if (!written) return fail('no Azure Policy add-on: nothing stops privileged or untrusted containers at admission');
  const enabled = asBoolean(written.value);
  if (isUnknown(enabled)) return unknown(enabled.reason, written.path);
  return enabled === true ? pass : fail('the Azure Policy add-on is off: nothing stops privileged or untrusted containers at admission', written.path);
}
