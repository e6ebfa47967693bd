import type { SecretRule } from '../secret-rule.ts';

/**
 * The OAuth application secret lets its holder exchange authorisation codes and refresh tokens
 * for every seller connected to the Square app.
 */
export const squareOauthSecret: SecretRule = {
  id: 'square-oauth-secret',
  title: 'Square OAuth secret',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'payments', 'square'],
  equivalents: ['SquareApp'],
  description: 'A Square application OAuth secret (sq0csp-).',
  remediation: 'Replace the application secret in the Square Developer Dashboard (OAuth) and update the app from a secret store.',
  keywords: ['sq0csp-'],
  // sq0csp- plus 43 base64url characters.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 3.8,
};
