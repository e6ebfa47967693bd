import type { SecretRule } from '../secret-rule.ts';

/**
 * A Dropbox access token reads, writes and shares the files the app can reach, often the
 * whole account. Short-lived tokens expire after hours, but leaked ones are used at once.
 */
export const dropboxAccessToken: SecretRule = {
  id: 'dropbox-access-token',
  title: 'Dropbox access token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'storage', 'dropbox'],
  equivalents: ['dropbox-short-lived-api-token', 'dropbox-api-token', 'Dropbox'],
  description: 'A Dropbox short-lived OAuth access token (sl. or sl.u. followed by a long base64url body).',
  remediation: 'Revoke the token with /2/auth/token/revoke or by disconnecting the app in Dropbox settings, and keep refresh tokens in a secret store.',
  keywords: ['sl.'],
  // sl. (or sl.u.) at the start of a token, then 130 to 1500 base64url characters.
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>sl\.(?:u\.)?[A-Za-z0-9_=-]{130,1500})(?![A-Za-z0-9_=-])/,
  minEntropy: 4.5,
  validate: (secret) => /[0-9]/.test(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret),
};
