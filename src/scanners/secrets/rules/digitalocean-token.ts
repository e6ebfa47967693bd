import type { SecretRule } from '../secret-rule.ts';

/**
 * DigitalOcean tokens manage droplets, databases, Kubernetes clusters and DNS for a whole team:
 * enough to read data, run miners on your bill, or delete production.
 */
export const digitaloceanToken: SecretRule = {
  id: 'digitalocean-token',
  title: 'DigitalOcean token',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'cloud'],
  equivalents: ['digitalocean-pat', 'digitalocean-access-token', 'digitalocean-refresh-token', 'DigitalOceanV2'],
  description: 'A DigitalOcean personal access token (dop_v1_), OAuth access token (doo_v1_) or refresh token (dor_v1_).',
  remediation: 'Revoke it at https://cloud.digitalocean.com/account/api/tokens and review the team activity log.',
  keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
  // dop_v1_ / doo_v1_ / dor_v1_ + 64 lowercase hex characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>do[por]_v1_[a-f0-9]{64})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  skipPlaceholderCheck: true,
};
