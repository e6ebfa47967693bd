import type { SecretRule } from '../secret-rule.ts';

/**
 * A Dynatrace token carries the scopes chosen at creation: read logs and traces (with request
 * data), change settings, or install OneAgents that run code on monitored hosts.
 */
export const dynatraceApiToken: SecretRule = {
  id: 'dynatrace-api-token',
  title: 'Dynatrace API token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'observability', 'dynatrace'],
  equivalents: ['dynatrace-api-token', 'Dynatrace'],
  description: 'A Dynatrace access token (dt0c01. + 24-character public part + . + 64-character secret).',
  remediation: 'Revoke the token in Dynatrace (Access tokens), create a new one with the fewest scopes and keep it in a secret store.',
  keywords: ['dt0c01.'],
  // dt0c01., a 24-character token id, a dot, a 64-character secret; both upper-case base36.
  pattern: /(?<![A-Za-z0-9_.])(?<secret>dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?![A-Za-z0-9_])/,
  minEntropy: 3.8,
};
