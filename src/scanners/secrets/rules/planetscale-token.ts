import type { SecretRule } from '../secret-rule.ts';

/**
 * PlanetScale service tokens manage databases and branches; connection passwords read and
 * write the data itself.
 */
export const planetscaleToken: SecretRule = {
  id: 'planetscale-token',
  title: 'PlanetScale credential',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'database'],
  equivalents: ['planetscale-api-token', 'planetscale-password', 'planetscale-oauth-token', 'PlanetScale', 'PlanetScaleDb'],
  description: 'A PlanetScale service token (pscale_tkn_), database password (pscale_pw_) or OAuth token (pscale_oauth_).',
  remediation: 'Delete the service token or password in the PlanetScale dashboard (organization Service tokens, or the branch Passwords page) and review the audit log.',
  keywords: ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'],
  // pscale_tkn_/pscale_pw_/pscale_oauth_ + 32 to 64 base64url characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.-]{32,64})(?![A-Za-z0-9_.-])/,
  minEntropy: 3.8,
};
