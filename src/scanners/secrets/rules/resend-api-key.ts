import type { SecretRule } from '../secret-rule.ts';

/**
 * A Resend key sends e-mail from your verified domains, which makes its phishing pass SPF and
 * DKIM; full-access keys also manage domains and other keys.
 */
export const resendApiKey: SecretRule = {
  id: 'resend-api-key',
  title: 'Resend API key',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'email', 'resend'],
  description: 'A Resend API key (re_ + 8-character id + _ + random part).',
  remediation: 'Delete the key at https://resend.com/api-keys and keep the new one in a secret store.',
  keywords: ['re_'],
  // re_, an 8-character base62 id, _, then 20 to 32 base62 characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>re_[A-Za-z0-9]{8}_[A-Za-z0-9]{20,32})(?![A-Za-z0-9_])/,
  minEntropy: 3.8,
  // re_ is a common identifier prefix (re_compile_…); generated keys mix cases and digits, words do not.
  validate: (secret) => {
    const random = secret.slice(12);
    return /[0-9]/.test(random) && /[a-z]/.test(random) && /[A-Z]/.test(random) && !/^(?:[A-Z]?[a-z]{2,})+$/.test(random);
  },
};
