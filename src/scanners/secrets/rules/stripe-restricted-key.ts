import type { SecretRule } from '../secret-rule.ts';

/**
 * Restricted keys carry only the permissions chosen when they were created, but those are often
 * broad (write charges, read customers). A test-mode restricted key is reported at low severity.
 */
export const stripeRestrictedKey: SecretRule = {
  id: 'stripe-restricted-key',
  title: 'Stripe restricted key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'payments', 'stripe'],
  equivalents: ['stripe-access-token', 'Stripe'],
  description: 'A Stripe restricted API key (rk_live_ or rk_test_).',
  remediation: 'Roll or delete the key at https://dashboard.stripe.com/apikeys and create a new restricted key with the fewest permissions needed.',
  keywords: ['rk_live_', 'rk_test_'],
  // rk_, live_ or test_, then 24 to 247 base62 characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>rk_(?:live|test)_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  refine: (secret) => (secret.startsWith('rk_test_') ? { severity: 'low', message: 'Stripe test-mode restricted key found' } : undefined),
};
