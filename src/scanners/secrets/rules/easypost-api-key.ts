import type { SecretRule } from '../secret-rule.ts';

/**
 * An EasyPost production key buys postage billed to the account and reads shipments with
 * customer addresses. Test keys (EZTK) rank low.
 */
export const easypostApiKey: SecretRule = {
  id: 'easypost-api-key',
  title: 'EasyPost API key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'easypost'],
  equivalents: ['easypost-api-token', 'easypost-test-api-token'],
  description: 'An EasyPost production (EZAK) or test (EZTK) API key.',
  remediation: 'Disable the key and create a new one in the EasyPost dashboard (Account Settings > API Keys), then keep it in a secret store.',
  keywords: ['ezak', 'eztk'],
  // EZAK or EZTK then 54 base62 characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>EZ[AT]K[A-Za-z0-9]{54})(?![A-Za-z0-9_])/,
  minEntropy: 4,
  refine: (secret) => (secret.startsWith('EZTK') ? { severity: 'low', message: 'EasyPost test API key found' } : undefined),
};
