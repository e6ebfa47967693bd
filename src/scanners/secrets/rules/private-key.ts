import type { SecretRule } from '../secret-rule.ts';

const minBodyBase64Chars = 64;

/**
 * A private key proves identity for TLS servers, SSH logins, code signing and JWT issuers.
 * Whoever holds it can impersonate its owner until the key is replaced everywhere it is trusted.
 * Public keys and certificates are not secrets and are not matched.
 */
export const privateKey: SecretRule = {
  id: 'private-key',
  title: 'Private key',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-321', 'CWE-798', 'crypto'],
  equivalents: ['private-key', 'PrivateKey', 'CKV_SECRET_13'],
  description: 'A PEM private key (RSA, EC, DSA, PKCS#8, encrypted PKCS#8, OpenSSH) or an armored PGP private key block.',
  remediation: 'Treat the key as compromised: issue a new key pair, replace it wherever the old public key is trusted, and keep private keys in a secret store or HSM.',
  // The BEGIN line carries the keyword; the body can run to 16k characters.
  maxMatchChars: 17000,
  keywords: ['private key'],
  // BEGIN line of a private key kind, a body of at most 16k characters, and the matching END line.
  pattern: /-----BEGIN (?<kind>(?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----(?<body>[\s\S]{1,16384}?)-----END \k<kind>-----/,
  skipPlaceholderCheck: true,
  validate: (_secret, groups) => {
    const body = (groups.body ?? '')
      .replace(/\\[nr]/g, '')
      .replace(/^[A-Za-z-]+: .*$/gm, '') // PEM headers such as Proc-Type and DEK-Info
      .replace(/["'+,\s]/g, '');
    if (body.length < minBodyBase64Chars) return false;
    if (!/^[A-Za-z0-9+/=]+$/.test(body.replace(/^=[A-Za-z0-9+/]{4}$/m, ''))) return false;
    // Docs and tests elide keys with "..." or runs of one letter.
    return !/(.)\1{15,}/.test(body) && !/\.\.\./.test(groups.body ?? '');
  },
};
