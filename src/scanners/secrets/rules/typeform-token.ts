import type { SecretRule } from '../secret-rule.ts';

/**
 * A Typeform personal access token reads form responses (often personal data) and creates,
 * changes or deletes forms and webhooks.
 */
export const typeformToken: SecretRule = {
  id: 'typeform-token',
  title: 'Typeform personal access token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'forms', 'typeform'],
  equivalents: ['typeform-api-token', 'Typeform'],
  description: 'A Typeform personal access token (tfp_).',
  remediation: 'Delete the token in Typeform (Account > Personal tokens) and keep the new one in a secret store.',
  keywords: ['tfp_'],
  // tfp_ then 55 to 64 base64url characters (a 44-character part, _, and a 12-14 character part).
  pattern: /(?<![A-Za-z0-9_])(?<secret>tfp_[A-Za-z0-9_.=-]{55,64})(?![A-Za-z0-9_.=-])/,
  minEntropy: 4,
  validate: (secret) => /[0-9]/.test(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret),
};
