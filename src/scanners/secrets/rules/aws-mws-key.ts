import type { SecretRule } from '../secret-rule.ts';

/**
 * An Amazon Marketplace Web Service auth token lets a developer app act for a seller: read
 * orders and customer addresses, change listings and prices.
 */
export const awsMwsKey: SecretRule = {
  id: 'aws-mws-key',
  title: 'Amazon MWS auth token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'cloud', 'aws'],
  equivalents: ['aws-mws-key', 'AWS MWS'],
  description: 'An Amazon Marketplace Web Service auth token (amzn.mws. followed by a UUID).',
  remediation: 'Revoke the developer authorization in Seller Central (User Permissions > Third-party developer and apps) and move to the Selling Partner API with LWA credentials in a secret store.',
  keywords: ['amzn.mws.'],
  // amzn.mws. + a lowercase UUID.
  pattern: /(?<![A-Za-z0-9_.])(?<secret>amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
};
