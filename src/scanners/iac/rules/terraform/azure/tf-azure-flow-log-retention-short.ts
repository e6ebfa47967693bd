import type { IacResource } from '../../../iac-resource.ts';
import { blocksAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { asBoolean, asNumber, isIacObject, isUnknown } from '../../../iac-value.ts';

const minimumDays = 90;

/**
 * NSG flow logs show which addresses talked to which machines; kept for less than 90 days (or not
 * kept at all) they are gone before most intrusions are discovered.
 */
export const tfAzureFlowLogRetentionShort: IacRule = {
  id: 'tf-azure-flow-log-retention-short',
  title: 'NSG flow logs disabled or kept less than 90 days',
  severity: 'low',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_network_watcher_flow_log'],
  tags: ['CWE-779'],
  equivalents: ['CKV_AZURE_12', 'AVD-AZU-0049'],
  description: 'An `azurerm_network_watcher_flow_log` that is not enabled, has no `retention_policy`, has `retention_policy.enabled = false`, or keeps logs fewer than 90 days (`days = 0`, keep forever, passes).',
  remediation: 'Set `enabled = true` and `retention_policy { enabled = true, days = 90 }` (or more).',
  check: checkFlowLog,
};

function checkFlowLog(log: IacResource): IacVerdict {
  const enabled = asBoolean(log.attributes.enabled);
  if (isUnknown(enabled)) return unknown(enabled.reason, 'enabled');
  if (enabled !== true && log.attributes.enabled !== undefined) return fail('flow logging is disabled: traffic to and from the network leaves no record', 'enabled');
  const policy = blocksAt(log, 'retention_policy')[0];
  if (isUnknown(policy)) return unknown(policy.reason, 'retention_policy');
  if (!isIacObject(policy)) return fail('flow logs have no retention policy: they are not kept long enough to investigate an intrusion');
  const retained = asBoolean(policy.enabled);
  if (isUnknown(retained)) return unknown(retained.reason, 'retention_policy.enabled');
  if (retained !== true) return fail('flow log retention is disabled: the logs are not kept long enough to investigate an intrusion', 'retention_policy.enabled');
  const days = asNumber(policy.days);
  if (isUnknown(days)) return unknown(days.reason, 'retention_policy.days');
  if (days !== undefined && (days === 0 || days >= minimumDays)) return pass;
  return fail(`flow logs are kept less than ${minimumDays} days: they are gone before most intrusions are discovered`, 'retention_policy.days');
}
