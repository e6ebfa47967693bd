import type { SecretRule } from '../secret-rule.ts';
import { crc32 } from '../checksums.ts';

/**
 * A Grafana service account token acts with the account's role (often Editor or Admin): read
 * every dashboard and the data sources behind them, change alerting, add users.
 */
export const grafanaServiceAccountToken: SecretRule = {
  id: 'grafana-service-account-token',
  title: 'Grafana service account token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'observability', 'grafana'],
  equivalents: ['grafana-service-account-token', 'GrafanaServiceAccount'],
  description: 'A Grafana service account token (glsa_) whose checksum is valid.',
  remediation: 'Delete the token under Administration > Service accounts in Grafana, create a new one and keep it in a secret store.',
  keywords: ['glsa_'],
  // glsa_, 32 base62 characters, _, and an 8-hex-character checksum.
  pattern: /(?<![A-Za-z0-9_])(?<secret>glsa_(?<random>[A-Za-z0-9]{32})_(?<checksum>[a-f0-9]{8}))(?![A-Za-z0-9_])/,
  skipPlaceholderCheck: true,
  validate: (_secret, groups) => groups.checksum === littleEndianHex(crc32(`glsa_${groups.random ?? ''}`)),
};

/** Grafana writes the CRC-32 of "glsa_<random>" as its four bytes in little-endian order, in hex. */
function littleEndianHex(value: number): string {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value >>> 0);
  return bytes.toString('hex');
}
