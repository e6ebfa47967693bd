import type { SecretRule } from '../secret-rule.ts';

/**
 * A PuTTY .ppk file holds an SSH private key. Unencrypted, whoever has the file logs in to every
 * server that trusts its public key; encrypted, it is one offline password-guessing attack away.
 */
export const puttyPrivateKey: SecretRule = {
  id: 'putty-private-key',
  title: 'PuTTY private key',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-321', 'CWE-798', 'crypto'],
  equivalents: ['putty-private-key', 'PrivateKey'],
  description: 'The private part of a PuTTY key file (PuTTY-User-Key-File-2 or -3 with Private-Lines).',
  remediation: 'Remove the public key from every authorized_keys file and service that trusts it, generate a new key pair, and keep key files out of repositories.',
  // A PuTTY key file with a 4096-bit key is a few kilobytes.
  maxMatchChars: 8192,
  keywords: ['putty-user-key-file-'],
  // Header line, Encryption line, up to 3000 characters of header and public lines, then the
  // Private-Lines body up to the Private-MAC (v2/v3) or Private-Hash (v1) line.
  pattern: /PuTTY-User-Key-File-[23]: [^\r\n]{1,60}\r?\nEncryption: (?<encryption>[^\r\n]{1,40})[\s\S]{0,3000}?Private-Lines: \d{1,3}\r?\n(?<secret>[A-Za-z0-9+/=\r\n]{40,8000}?)\r?\nPrivate-(?:MAC|Hash):/,
  skipPlaceholderCheck: true,
  minEntropy: 4,
  refine: (_secret, { text, index }) => {
    const header = text.slice(Math.max(0, index - 3200), index);
    const encryptionLine = header.slice(header.lastIndexOf('Encryption: ') + 'Encryption: '.length);
    const encryption = header.includes('Encryption: ') ? encryptionLine.split(/\r?\n/, 1)[0]?.trim() : undefined;
    if (encryption && encryption !== 'none') return { severity: 'medium', message: `PuTTY private key found (encrypted with ${encryption})` };
    return undefined;
  },
};
