import type { SecretRule } from '../secret-rule.ts';
import { isValidBech32 } from '../checksums.ts';

/**
 * An age identity decrypts every file and SOPS document encrypted to its public key, including
 * the encrypted secrets that are committed precisely because they were thought safe.
 */
export const ageSecretKey: SecretRule = {
  id: 'age-secret-key',
  title: 'age secret key',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-321', 'CWE-798', 'crypto'],
  equivalents: ['age-secret-key', 'AgeSecretKey'],
  description: 'An age (and SOPS) X25519 identity: AGE-SECRET-KEY-1 followed by 58 bech32 characters with a valid checksum.',
  remediation: 'Generate a new identity with age-keygen, re-encrypt every file and SOPS document for the new recipient, and rotate the secrets they hold.',
  keywords: ['age-secret-key-1'],
  // AGE-SECRET-KEY-1 + 58 upper-case bech32 characters.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Za-z0-9])/,
  validate: (secret) => isValidBech32(secret),
  skipPlaceholderCheck: true,
};
