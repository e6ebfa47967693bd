import type { SecretRule } from '../secret-rule.ts';

/**
 * A Doppler token reads the secrets it is scoped to, which are often every credential of a
 * project or environment at once.
 */
export const dopplerToken: SecretRule = {
  id: 'doppler-token',
  title: 'Doppler token',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'secrets-manager'],
  equivalents: ['doppler-api-token', 'Doppler'],
  description: 'A Doppler personal (dp.pt.), service (dp.st.), service account (dp.sa.), CLI (dp.ct.), SCIM (dp.scim.) or audit (dp.audit.) token.',
  remediation: 'Revoke it in the Doppler dashboard (Tokens, or the config\'s Access tab for service tokens) and rotate the secrets it could read.',
  keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
  // dp. + token kind (service tokens may carry a config name) + 40 to 44 alphanumerics.
  pattern: /(?<![A-Za-z0-9_.])(?<secret>dp\.(?:pt|sa|ct|scim|audit|st(?:\.[a-z0-9_-]{1,40})?)\.[A-Za-z0-9]{40,44})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
};
