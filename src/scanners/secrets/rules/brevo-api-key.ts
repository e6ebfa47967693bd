import type { SecretRule } from '../secret-rule.ts';

/**
 * A Brevo (formerly Sendinblue) key sends e-mail and SMS from your account and exports contact
 * lists; SMTP keys relay mail through your verified domains.
 */
export const brevoApiKey: SecretRule = {
  id: 'brevo-api-key',
  title: 'Brevo API key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'email', 'brevo'],
  equivalents: ['sendinblue-api-token', 'SendinBlueV2'],
  description: 'A Brevo / Sendinblue API key (xkeysib-) or SMTP key (xsmtpsib-).',
  remediation: 'Delete the key in Brevo (SMTP & API > API keys), create a new one and keep it in a secret store.',
  keywords: ['xkeysib-', 'xsmtpsib-'],
  // xkeysib- or xsmtpsib-, 64 hex characters, a dash, 16 base62 characters.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>x(?:key|smtp)sib-[a-f0-9]{64}-[A-Za-z0-9]{16})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
};
