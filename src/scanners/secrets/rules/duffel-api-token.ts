import type { SecretRule } from '../secret-rule.ts';

/**
 * A Duffel live token books and pays for flights and stays from the account balance and reads
 * passenger details. Test tokens rank low.
 */
export const duffelApiToken: SecretRule = {
  id: 'duffel-api-token',
  title: 'Duffel API token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'travel', 'duffel'],
  equivalents: ['duffel-api-token', 'Duffel', 'DuffelToken'],
  description: 'A Duffel access token (duffel_live_ or duffel_test_ + 43 characters).',
  remediation: 'Revoke the token in the Duffel dashboard (Developers > Access tokens) and keep the replacement in a secret store.',
  keywords: ['duffel_'],
  // duffel_live_ or duffel_test_ then 43 base64url characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>duffel_(?:live|test)_[A-Za-z0-9_=-]{43})(?![A-Za-z0-9_=-])/,
  minEntropy: 4,
  refine: (secret) => (secret.startsWith('duffel_test_') ? { severity: 'low', message: 'Duffel test API token found' } : undefined),
};
