import { firstWritten } from '../../../checks/attribute-expectation.ts';
import { unknownReason } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { containsUnknown } from '../../../iac-value.ts';

/**
 * A cluster with no automatic upgrade channel stays on its Kubernetes version until someone
 * upgrades it by hand: security patches for the control plane and nodes wait on that person.
 */
export const tfAzureAksNoAutomaticUpgrades: IacRule = {
  id: 'tf-azure-aks-no-automatic-upgrades',
  title: 'AKS cluster without an automatic upgrade channel',
  severity: 'low',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_kubernetes_cluster'],
  tags: ['CWE-1104'],
  equivalents: ['CKV_AZURE_171'],
  description: 'An `azurerm_kubernetes_cluster` whose `automatic_upgrade_channel` (`automatic_channel_upgrade` before provider 4.0) is missing or `none`.',
  remediation: 'Set `automatic_upgrade_channel = "patch"` (or `stable`), with a `maintenance_window_auto_upgrade` that suits you.',
  check(cluster) {
    const path = firstWritten(cluster, ['automatic_upgrade_channel', 'automatic_channel_upgrade'])?.path ?? 'automatic_upgrade_channel';
    const channel = valueAt(cluster, path);
    if (containsUnknown(channel)) return unknown(unknownReason(channel), path);
    if (typeof channel === 'string' && channel !== '' && channel !== 'none') return pass;
    return fail('the cluster is never upgraded automatically: Kubernetes security patches wait until someone upgrades it by hand', channel === undefined ? undefined : path);
  },
};
