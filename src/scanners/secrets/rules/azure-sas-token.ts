import type { SecretRule } from '../secret-rule.ts';

/**
 * A shared access signature grants whoever holds the URL the permissions and lifetime written
 * into it; account SAS tokens often cover every container for years.
 */
export const azureSasToken: SecretRule = {
  id: 'azure-sas-token',
  title: 'Azure SAS token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'cloud', 'azure'],
  equivalents: ['azure-sas-token', 'AzureSAS'],
  description: 'An Azure Storage shared access signature: a URL query (or SharedAccessSignature= setting) with a service version (sv=) and a signature (sig=) that decodes to a 32-byte HMAC.',
  remediation: 'Invalidate it by rotating the account key that signed it (or revoking the stored access policy / user delegation key), and issue short-lived user delegation SAS tokens instead.',
  keywords: ['sig='],
  // sv=<date> in a query string, up to 600 query characters, then sig= and a URL-encoded base64 signature.
  pattern: /(?<![A-Za-z0-9])sv=\d{4}-\d\d-\d\d&[^\s"'<>]{0,600}?(?<![A-Za-z0-9])sig=(?<secret>[A-Za-z0-9%+/]{43,70})(?![A-Za-z0-9%+/])/,
  minEntropy: 4,
  validate: (secret) => {
    let signature: string;
    try {
      signature = decodeURIComponent(secret);
    } catch {
      return false;
    }
    if (!/^[A-Za-z0-9+/]{43}=$/.test(signature)) return false;
    return Buffer.from(signature, 'base64').length === 32;
  },
};
