import type { SecretRule } from '../secret-rule.ts';

/**
 * Shopify Admin API tokens read and change the store they belong to: orders with customer
 * addresses, products, prices, discounts, and often themes and apps.
 */
export const shopifyAccessToken: SecretRule = {
  id: 'shopify-access-token',
  title: 'Shopify access token',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'commerce', 'shopify'],
  equivalents: ['shopify-access-token', 'shopify-custom-access-token', 'shopify-private-app-access-token', 'Shopify'],
  description: 'A Shopify Admin API access token: custom app (shpat_), custom app from the Partner dashboard (shpca_) or legacy private app (shppa_).',
  remediation: 'Uninstall or rotate the app credentials in the Shopify admin (Settings > Apps and sales channels > Develop apps) and keep the new token in a secret store.',
  keywords: ['shpat_', 'shpca_', 'shppa_'],
  // shpat_, shpca_ or shppa_ then 32 hex characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>shp(?:at|ca|pa)_[a-fA-F0-9]{32})(?![A-Za-z0-9_])/,
  minEntropy: 3,
};
