import type { SecretRule } from '../secret-rule.ts';

/**
 * A Fly.io token deploys apps, reads their secrets into machines and can SSH into running
 * machines of the organization it belongs to.
 */
export const flyIoToken: SecretRule = {
  id: 'fly-io-token',
  title: 'Fly.io token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'cloud'],
  equivalents: ['flyio-access-token', 'FlyIO'],
  description: 'A Fly.io macaroon token (fm1a_, fm1r_ or fm2_ followed by a long base64 body, often after "FlyV1 ").',
  remediation: 'Revoke it with `fly tokens revoke` or in the dashboard (Tokens), then issue a deploy token scoped to one app.',
  keywords: ['fm2_', 'fm1r_', 'fm1a_'],
  // fm1a_/fm1r_/fm2_ + 100 to 4000 base64 characters (commas join discharge tokens).
  pattern: /(?<![A-Za-z0-9_])(?<secret>fm(?:1[ar]|2)_[A-Za-z0-9+/_-]{100,4000}={0,2}(?:,fm(?:1[ar]|2)_[A-Za-z0-9+/=_-]{20,4000}){0,4})(?![A-Za-z0-9+/=_-])/,
  minEntropy: 4.5,
};
