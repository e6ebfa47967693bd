import type { SecretRule } from '../secret-rule.ts';

/**
 * A Shippo live token buys shipping labels billed to the account and reads every shipment with
 * its sender and recipient addresses. Test tokens rank low.
 */
export const shippoApiToken: SecretRule = {
  id: 'shippo-api-token',
  title: 'Shippo API token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'shippo'],
  equivalents: ['shippo-api-token', 'Shippo'],
  description: 'A Shippo API token (shippo_live_ or shippo_test_ + 40 hex characters).',
  remediation: 'Regenerate the token in the Shippo dashboard (Settings > API) and keep the new one in a secret store.',
  keywords: ['shippo_'],
  // shippo_live_ or shippo_test_ then 40 hex characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>shippo_(?:live|test)_[a-fA-F0-9]{40})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  refine: (secret) => (secret.startsWith('shippo_test_') ? { severity: 'low', message: 'Shippo test API token found' } : undefined),
};
