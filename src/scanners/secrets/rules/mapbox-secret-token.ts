import type { SecretRule } from '../secret-rule.ts';
import { decodeBase64 } from '../checksums.ts';

/**
 * A Mapbox secret token (sk.) can have scopes a public token never gets: upload and delete
 * tilesets and styles, list and create other tokens. Public tokens (pk.) are meant for browsers
 * and are left alone.
 */
export const mapboxSecretToken: SecretRule = {
  id: 'mapbox-secret-token',
  title: 'Mapbox secret token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'maps', 'mapbox'],
  equivalents: ['mapbox-api-token', 'MapBox'],
  description: 'A Mapbox secret access token (sk. + base64 JSON naming the user + . + signature). Public tokens (pk.) are recognised and not reported.',
  remediation: 'Delete the token at https://account.mapbox.com/access-tokens and create a new one with only the scopes needed.',
  keywords: ['sk.eyj', 'pk.eyj'],
  // sk. or pk., base64url JSON (starts eyJ), a dot, and a 20 to 40 character signature.
  pattern: /(?<![A-Za-z0-9_.-])(?<secret>(?<kind>sk|pk)\.(?<payload>eyJ[A-Za-z0-9_-]{20,200})\.[A-Za-z0-9_-]{20,40})(?![A-Za-z0-9_-])/,
  validate: (_secret, groups) => {
    if (groups.kind !== 'sk') return false;
    try {
      const decoded: unknown = JSON.parse(decodeBase64(groups.payload ?? '') ?? '');
      return typeof decoded === 'object' && decoded !== null && 'u' in decoded;
    } catch {
      return false;
    }
  },
};
