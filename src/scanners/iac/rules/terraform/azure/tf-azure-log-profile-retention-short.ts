import { blocksAt, type IacResource } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { asBoolean, asNumber, isIacObject, isUnknown } from '../../../iac-value.ts';

const minimumDays = 365;

/**
 * The activity log records who changed what in the subscription; kept less than a year, it is gone
 * before many intrusions are found and before audits ask for it.
 */
export const tfAzureLogProfileRetentionShort: IacRule = {
  id: 'tf-azure-log-profile-retention-short',
  title: 'Activity log kept less than 365 days',
  severity: 'low',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_monitor_log_profile'],
  tags: ['CWE-779'],
  equivalents: ['CKV_AZURE_37', 'AVD-AZU-0031'],
  description: 'An `azurerm_monitor_log_profile` without a `retention_policy`, or whose `retention_policy` is enabled with `days` below 365. A disabled retention policy keeps logs indefinitely and passes.',
  remediation: 'Set `retention_policy { enabled = true, days = 365 }` (or disable the policy to keep logs indefinitely).',
  check: checkRetention,
};

function checkRetention(profile: IacResource): IacVerdict {
  const policy = blocksAt(profile, 'retention_policy')[0];
  if (isUnknown(policy)) return unknown(policy.reason, 'retention_policy');
  if (!isIacObject(policy)) return fail('the activity log has no retention policy: changes to the subscription cannot be traced a year later');
  const enabled = asBoolean(policy.enabled);
  if (isUnknown(enabled)) return unknown(enabled.reason, 'retention_policy.enabled');
  if (enabled !== true) return pass;
  const days = asNumber(policy.days);
  if (isUnknown(days)) return unknown(days.reason, 'retention_policy.days');
  if (days !== undefined && days >= minimumDays) return pass;
  return fail(`the activity log is kept less than ${minimumDays} days: who changed what in the subscription is lost before most investigations`, 'retention_policy.days');
}
