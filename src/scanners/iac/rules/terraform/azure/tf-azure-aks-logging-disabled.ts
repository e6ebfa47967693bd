import { firstWritten } from '../../../checks/attribute-expectation.ts';
import type { IacResource } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { asBoolean, isUnknown } from '../../../iac-value.ts';

const message = 'container insights logging is off: attacks on the cluster and its workloads leave no record in Azure Monitor';

/**
 * Without the monitoring agent, container logs, node events and cluster metrics are not collected,
 * so a compromised pod or node leaves nothing to investigate.
 */
export const tfAzureAksLoggingDisabled: IacRule = {
  id: 'tf-azure-aks-logging-disabled',
  title: 'AKS cluster not sending logs to Azure Monitor',
  severity: 'medium',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_kubernetes_cluster'],
  tags: ['CWE-778'],
  equivalents: ['CKV_AZURE_4', 'AVD-AZU-0040'],
  description: 'An `azurerm_kubernetes_cluster` without `oms_agent { log_analytics_workspace_id = … }` (azurerm 3+) or with `addon_profile { oms_agent { enabled = false } }` (azurerm 2), or with neither.',
  remediation: 'Add `oms_agent { log_analytics_workspace_id = azurerm_log_analytics_workspace.<name>.id }` (azurerm 2: `addon_profile { oms_agent { enabled = true, log_analytics_workspace_id = … } }`).',
  check: checkLogging,
};

function checkLogging(cluster: IacResource): IacVerdict {
  const legacy = firstWritten(cluster, ['addon_profile.oms_agent.enabled']);
  if (legacy) {
    const enabled = asBoolean(legacy.value);
    if (isUnknown(enabled)) return unknown(enabled.reason, legacy.path);
    return enabled === true ? pass : fail(message, legacy.path);
  }
  return firstWritten(cluster, ['oms_agent.log_analytics_workspace_id']) ? pass : fail(message);
}
