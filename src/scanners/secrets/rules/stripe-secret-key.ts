import type { SecretRule } from '../secret-rule.ts';

// Keys Stripe prints in its public docs; they belong to a shared demo account.
const publishedDocsKeys = new Set(['sk_test_4eC39HqLyjWDarjtT1zdp7dc', 'sk_test_BQokikJOvBiI2HlWgH4olfQ2']);

/**
 * A live secret key can create charges, issue refunds and payouts, and read every customer and
 * payment of the account. A test-mode key cannot move money, but it still reads and changes the
 * test account (customers, webhooks, Connect settings, often copies of real data), so it is
 * reported at medium severity instead of being ignored. Publishable keys (pk_) are public by
 * design and never reported.
 */
export const stripeSecretKey: SecretRule = {
  id: 'stripe-secret-key',
  title: 'Stripe secret key',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'payments', 'stripe'],
  equivalents: ['stripe-access-token', 'Stripe'],
  description: 'A Stripe secret API key (sk_live_ or sk_test_). Publishable keys (pk_live_, pk_test_) are recognised and left alone.',
  remediation: 'Roll the key at https://dashboard.stripe.com/apikeys, check the account logs for its use, and load the new key from a secret store.',
  // Publishable keys are matched too, so they can be recognised and rejected (generic rules then stay quiet on them).
  keywords: ['sk_live_', 'sk_test_', 'pk_live_', 'pk_test_'],
  // sk_ or pk_, live_ or test_, then 24 to 247 base62 characters (Stripe allows keys up to 255 long).
  pattern: /(?<![A-Za-z0-9_])(?<secret>(?<kind>sk|pk)_(?<mode>live|test)_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  validate: (secret, groups) => groups.kind === 'sk' && !publishedDocsKeys.has(secret),
  refine: (secret) =>
    secret.startsWith('sk_test_')
      ? { severity: 'medium', message: 'Stripe test-mode secret key found; it cannot move money but reads and changes the test account' }
      : undefined,
};
