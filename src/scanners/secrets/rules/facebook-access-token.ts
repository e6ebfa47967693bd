import type { SecretRule } from '../secret-rule.ts';

/**
 * A Meta (Facebook, Instagram, WhatsApp) access token acts for the user, page or system user it
 * was issued to: post, read messages and ad accounts, manage pages. Page and system-user tokens
 * often never expire.
 */
export const facebookAccessToken: SecretRule = {
  id: 'facebook-access-token',
  title: 'Meta / Facebook access token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'social', 'facebook', 'meta'],
  equivalents: ['facebook-access-token', 'facebook-page-access-token', 'FacebookOAuth'],
  description: 'A Meta Graph API access token (EAA followed by 100 or more base62 characters).',
  remediation: 'Invalidate the token (change the app secret, remove the system user token, or deauthorise the app) in Meta Business Settings, and keep the replacement in a secret store.',
  keywords: ['eaa'],
  // EAA then 100 to 400 base62 characters, not inside a longer base64 run.
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>EAA[A-Za-z0-9]{100,400})(?![A-Za-z0-9+/=_-])/,
  minEntropy: 4.5,
  validate: (secret) => /[0-9]/.test(secret) && /[a-z]/.test(secret),
};
