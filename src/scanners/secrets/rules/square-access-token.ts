import type { SecretRule } from '../secret-rule.ts';

/**
 * A Square access token takes payments, issues refunds and reads customers, orders and
 * catalogue data for the seller who authorised it. Sandbox tokens share the format.
 */
export const squareAccessToken: SecretRule = {
  id: 'square-access-token',
  title: 'Square access token',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'payments', 'square'],
  equivalents: ['square-access-token', 'Square'],
  description: 'A Square personal or OAuth access token (EAAA… 64 characters, or the older sq0atp- format).',
  remediation: 'Replace the token in the Square Developer Dashboard (Credentials) or revoke the OAuth grant, and load the new token from a secret store.',
  keywords: ['eaaa', 'sq0atp-'],
  // EAAA plus 60 base64url characters (exactly 64, unlike longer Meta tokens), or sq0atp- plus 22.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/,
  minEntropy: 3.8,
};
