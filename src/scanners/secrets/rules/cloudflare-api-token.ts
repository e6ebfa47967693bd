import type { SecretRule } from '../secret-rule.ts';
import { isMetadataNameSuffix } from '../credential-values.ts';
import { crc32 } from '../checksums.ts';

/**
 * Cloudflare API tokens change DNS, WAF rules, Workers and Pages for the zones and accounts they
 * are scoped to; with DNS edit rights alone an attacker can redirect or intercept your traffic.
 */
export const cloudflareApiToken: SecretRule = {
  id: 'cloudflare-api-token',
  title: 'Cloudflare API token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'cloud', 'dns'],
  equivalents: ['cloudflare-api-key', 'CloudflareApiToken'],
  description: 'A Cloudflare user (cfut_) or account (cfat_) API token with a valid CRC-32 checksum, or a legacy 40-character token assigned to a Cloudflare token name.',
  remediation: 'Roll or delete the token at https://dash.cloudflare.com/profile/api-tokens (or the account API tokens page) and review the audit log.',
  keywords: ['cfut_', 'cfat_', 'cloudflare', 'cf_api', 'cf-api', 'cf_token'],
  // cfut_/cfat_ + 40 alphanumerics + 8 hex CRC-32; or a Cloudflare/CF_ token name, an assignment, and 40 base64url characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>cf(?:ut|at)_[A-Za-z0-9]{40}[0-9a-f]{8})(?![A-Za-z0-9_])|(?:cloudflare|(?<![A-Za-z0-9])cf[_.-])[\w.-]{0,20}?token(?<suffix>[\w.-]{0,10})["']?[ \t]{0,5}(?::=|=>|[:=])[ \t]{0,5}["']?(?<legacy>[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/i,
  secretGroups: ['secret', 'legacy'],
  minEntropy: 3.8,
  validate: (secret, groups) => {
    if (isMetadataNameSuffix(groups.suffix)) return false;
    if (groups.legacy !== undefined) return /[0-9]/.test(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret);
    const body = secret.slice(5, 45);
    return crc32(body).toString(16).padStart(8, '0') === secret.slice(45);
  },
};
