import type { SecretRule } from '../secret-rule.ts';

/**
 * A Flutterwave secret key initiates charges, transfers and refunds for the merchant account;
 * the encryption key protects card data sent to the API. Test-mode keys rank lower. Public keys
 * (FLWPUBK) are recognised and left alone.
 */
export const flutterwaveSecretKey: SecretRule = {
  id: 'flutterwave-secret-key',
  title: 'Flutterwave secret key',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'payments', 'flutterwave'],
  equivalents: ['flutterwave-secret-key', 'flutterwave-encryption-key', 'Flutterwave'],
  description: 'A Flutterwave secret key (FLWSECK-…-X, FLWSECK_TEST-…-X) or encryption key (FLWSECK_TEST + 12 hex).',
  remediation: 'Regenerate the API keys in the Flutterwave dashboard (Settings > API keys) and keep the new ones in a secret store.',
  keywords: ['flwseck', 'flwpubk'],
  /*
   * FLWSECK or FLWPUBK, optional _TEST, a dash, 32 hex characters and -X; or FLWSECK_TEST
   * followed directly by 12 hex characters (the encryption key).
   */
  pattern: /(?<![A-Za-z0-9_-])(?<secret>(?<kind>FLWSECK|FLWPUBK)(?<test>_TEST)?-[a-f0-9]{32}-X|FLWSECK_TEST[a-f0-9]{12})(?![A-Za-z0-9_-])/,
  minEntropy: 2.8,
  validate: (_secret, groups) => groups.kind !== 'FLWPUBK',
  refine: (secret) => (secret.includes('_TEST') ? { severity: 'medium', message: 'Flutterwave test-mode secret key found' } : undefined),
};
