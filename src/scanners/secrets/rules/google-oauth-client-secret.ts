import type { SecretRule } from '../secret-rule.ts';

/**
 * An OAuth client secret lets anyone impersonate your application to Google: complete sign-in
 * flows as your app and exchange stolen authorization codes or refresh tokens for access tokens.
 */
export const googleOauthClientSecret: SecretRule = {
  id: 'google-oauth-client-secret',
  title: 'Google OAuth client secret',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'cloud', 'gcp', 'oauth'],
  equivalents: ['gcp-oauth-client-secret', 'GoogleOauth2'],
  description: 'A Google OAuth 2.0 client secret (GOCSPX- followed by 28 base64url characters).',
  remediation: 'Add a new secret and delete the leaked one under APIs & Services > Credentials > OAuth 2.0 Client IDs, then load it from a secret store.',
  keywords: ['gocspx-'],
  // GOCSPX- + 28 base64url characters.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
};
