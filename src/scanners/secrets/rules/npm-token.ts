import type { SecretRule } from '../secret-rule.ts';
import { hasValidBase62Crc32 } from '../checksums.ts';

/**
 * An npm access token can publish new versions of every package its owner maintains. A
 * malicious release reaches every project that installs it, which is how most npm supply-chain
 * attacks start. The CRC-32 suffix lets us reject made-up strings.
 */
export const npmToken: SecretRule = {
  id: 'npm-token',
  title: 'npm access token',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'package-registry', 'supply-chain'],
  equivalents: ['npm-access-token', 'NpmToken', 'NpmTokenV2'],
  description: 'An npm access token (npm_ followed by 30 random characters and a 6-character CRC-32 checksum).',
  remediation: 'Revoke it at https://www.npmjs.com/settings/~/tokens (or `npm token revoke`), review recent publishes, and publish from CI with provenance or trusted publishing.',
  keywords: ['npm_'],
  // npm_ + 36 base62 characters, not glued to other word characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
  validate: (secret) => hasValidBase62Crc32(secret.slice(4)),
  skipPlaceholderCheck: true,
};
