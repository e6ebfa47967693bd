import { sqlAuditingPolicies } from '../../../checks/azure-sql-auditing.ts';
import type { IacResource } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacRuleContext, type IacVerdict } from '../../../iac-rule.ts';
import { asNumber, isUnknown } from '../../../iac-value.ts';

const minimumDays = 90;

/**
 * Breaches are typically discovered months after they start; audit logs kept for less than 90 days
 * are gone by the time investigators need them.
 */
export const tfAzureSqlServerAuditRetentionShort: IacRule = {
  id: 'tf-azure-sql-server-audit-retention-short',
  title: 'SQL server audit logs kept less than 90 days',
  severity: 'low',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['azurerm_mssql_server', 'azurerm_sql_server'],
  tags: ['CWE-779'],
  equivalents: ['CKV_AZURE_24', 'AVD-AZU-0025'],
  description: 'An `azurerm_mssql_server` or `azurerm_sql_server` whose auditing policy (inline `extended_auditing_policy` or a separate `azurerm_mssql_server_extended_auditing_policy`) has `retention_in_days` below 90 or not written, or which has no auditing policy at all.',
  remediation: 'Set `retention_in_days = 90` or more on the server\'s `azurerm_mssql_server_extended_auditing_policy`.',
  check: checkRetention,
};

function checkRetention(server: IacResource, { graph }: IacRuleContext): IacVerdict {
  const policies = sqlAuditingPolicies(server, graph);
  if (policies.length === 0) return fail(`the server keeps no audit logs, let alone ${minimumDays} days of them: an intrusion cannot be investigated`);
  let blocker: IacVerdict | undefined;
  for (const policy of policies) {
    if (isUnknown(policy.settings)) {
      blocker ??= unknown(policy.settings.reason, 'extended_auditing_policy');
      continue;
    }
    const days = asNumber(policy.settings.retention_in_days);
    if (isUnknown(days)) blocker ??= unknown(days.reason, policy.inline ? 'extended_auditing_policy.retention_in_days' : undefined);
    else if (days !== undefined && days >= minimumDays) return pass;
  }
  if (blocker) return blocker;
  const inline = policies.find((policy) => policy.inline);
  return fail(`audit logs are kept less than ${minimumDays} days: they are gone before most breaches are discovered`, inline ? 'extended_auditing_policy' : undefined);
}
