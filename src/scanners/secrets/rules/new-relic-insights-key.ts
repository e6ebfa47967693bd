import type { SecretRule } from '../secret-rule.ts';

/**
 * Insights insert keys write arbitrary events into the account, and query keys read every
 * event back with NRQL; both outlive the people who created them.
 */
export const newRelicInsightsKey: SecretRule = {
  id: 'new-relic-insights-key',
  title: 'New Relic Insights key',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-798', 'observability', 'new-relic'],
  equivalents: ['new-relic-insert-key', 'NewRelicInsightsInsertKey', 'NewRelicInsightsQueryKey'],
  description: 'A New Relic Insights insert key (NRII-) or query key (NRIQ-).',
  remediation: 'Delete the key in New Relic (API keys UI, Insights keys), create a new one and keep it in a secret store.',
  keywords: ['nrii-', 'nriq-'],
  // NRII- or NRIQ- then 32 base64url characters.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>NRI[IQ]-[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3.8,
};
