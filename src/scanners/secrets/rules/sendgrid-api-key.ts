import type { SecretRule } from '../secret-rule.ts';

/**
 * A SendGrid key sends e-mail from your verified domains, so a leaked one is used for phishing
 * that passes SPF and DKIM; full-access keys can also read contacts and create more keys.
 */
export const sendgridApiKey: SecretRule = {
  id: 'sendgrid-api-key',
  title: 'SendGrid API key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'email', 'sendgrid'],
  equivalents: ['sendgrid-api-token', 'SendGrid'],
  description: 'A Twilio SendGrid API key (SG. + 22-character id + . + 43-character secret).',
  remediation: 'Delete the key at https://app.sendgrid.com/settings/api_keys, create a new one with the smallest scope, and keep it in a secret store.',
  keywords: ['sg.'],
  // SG. then a 22-character key id, a dot, and a 43-character secret, both base64url.
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
};
