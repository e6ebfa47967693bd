import type { SecretRule } from '../secret-rule.ts';

/**
 * A New Relic user key calls NerdGraph as its owner: query all telemetry, change alerts and
 * dashboards, and manage other keys. Legacy admin keys (NRAA) have account-wide power.
 */
export const newRelicUserApiKey: SecretRule = {
  id: 'new-relic-user-api-key',
  title: 'New Relic user API key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'observability', 'new-relic'],
  equivalents: ['new-relic-user-api-key', 'NewRelicPersonalApiKey', 'NewRelicUserKey'],
  description: 'A New Relic user API key (NRAK-) or legacy admin key (NRAA-).',
  remediation: 'Delete the key in New Relic (API keys UI), create a new one and keep it in a secret store.',
  keywords: ['nrak-', 'nraa-'],
  // NRAK- then 27 upper-case base36 characters, or NRAA- then 27 hex characters.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>NRAK-[A-Z0-9]{27}|NRAA-[a-f0-9]{27})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
};
