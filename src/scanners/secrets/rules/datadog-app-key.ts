import type { SecretRule } from '../secret-rule.ts';
import { assignedNames, isCredentialName, vendorAssignmentPattern } from '../vendor-assignment.ts';

/**
 * A Datadog application key, used with an API key, reads everything the creating user can see
 * (logs, traces, dashboards) and can change monitors, users and integrations.
 */
export const datadogAppKey: SecretRule = {
  id: 'datadog-app-key',
  title: 'Datadog application key',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'observability', 'datadog'],
  equivalents: ['datadog-access-token', 'DatadogToken'],
  description: 'A 40-character Datadog application key assigned to a name mentioning Datadog or DD_APP_KEY.',
  remediation: 'Revoke the key in Datadog (Organization Settings > Application Keys), create a scoped replacement, and keep it in a secret store.',
  keywords: ['datadog', 'dd_app', 'dd-app', 'ddapp', 'dd.app'],
  // A key naming datadog or dd_app(lication)_key, then 40 lower-case hex characters.
  pattern: vendorAssignmentPattern({ name: String.raw`datadog|(?<![A-Za-z0-9])dd[_.-]?app`, value: '[a-f0-9]{40}' }),
  minEntropy: 3,
  // 40 hex characters are also git commits: the name has to say key, and not commit or version.
  validate: (_secret, groups) => isCredentialName(groups) && !/commit|sha|hash|revision|version|digest|image/i.test(assignedNames(groups)),
};
