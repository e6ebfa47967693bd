import type { SecretRule } from '../secret-rule.ts';
import { isMetadataNameSuffix } from '../credential-values.ts';
import { crc32 } from '../checksums.ts';

/**
 * The Global API Key has every permission of the Cloudflare user who owns it, on every account
 * and zone, and cannot be scoped down. Leaking it is equivalent to leaking the login.
 */
export const cloudflareGlobalApiKey: SecretRule = {
  id: 'cloudflare-global-api-key',
  title: 'Cloudflare Global API Key',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'cloud', 'dns'],
  equivalents: ['cloudflare-global-api-key', 'CloudflareGlobalApiKey'],
  description: 'A Cloudflare Global API Key: the cfk_ format with a valid CRC-32 checksum, or 37 hex characters assigned to a Cloudflare key name.',
  remediation: 'Roll the Global API Key under My Profile > API Tokens, review the audit log, and replace its uses with scoped API tokens.',
  keywords: ['cfk_', 'cloudflare', 'cf_api', 'cf-api', 'cf_key', 'cf_auth'],
  // cfk_ + 40 alphanumerics + 8 hex CRC-32; or a Cloudflare/CF_ key name, an assignment, and 37 lowercase hex characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>cfk_[A-Za-z0-9]{40}[0-9a-f]{8})(?![A-Za-z0-9_])|(?:cloudflare|(?<![A-Za-z0-9])cf[_.-])[\w.-]{0,20}?(?:key|auth)(?<suffix>[\w.-]{0,10})["']?[ \t]{0,5}(?::=|=>|[:=])[ \t]{0,5}["']?(?<legacy>[0-9a-f]{37})(?![A-Za-z0-9_-])/i,
  secretGroups: ['secret', 'legacy'],
  minEntropy: 3.3,
  validate: (secret, groups) => {
    if (isMetadataNameSuffix(groups.suffix)) return false;
    if (groups.legacy !== undefined) return /^[0-9a-f]{37}$/.test(secret);
    const body = secret.slice(4, 44);
    return crc32(body).toString(16).padStart(8, '0') === secret.slice(44);
  },
};
