import type { SecretRule } from '../secret-rule.ts';

/**
 * The app's shared secret signs OAuth exchanges and webhooks: with it, anyone can forge
 * webhooks to the app and complete installs in its name.
 */
export const shopifySharedSecret: SecretRule = {
  id: 'shopify-shared-secret',
  title: 'Shopify app shared secret',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'commerce', 'shopify'],
  equivalents: ['shopify-shared-secret', 'Shopify'],
  description: 'A Shopify app client secret / shared secret (shpss_).',
  remediation: 'Rotate the client secret in the Partner dashboard or the app settings, and load the new one from a secret store.',
  keywords: ['shpss_'],
  // shpss_ then 32 hex characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>shpss_[a-fA-F0-9]{32})(?![A-Za-z0-9_])/,
  minEntropy: 3,
};
