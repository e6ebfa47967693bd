import type { SecretRule } from '../secret-rule.ts';

/**
 * A Figma personal access token reads every file its owner can open (designs of unreleased
 * products, embedded copy) and, with write scopes, comments and changes variables.
 */
export const figmaToken: SecretRule = {
  id: 'figma-token',
  title: 'Figma personal access token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'design', 'figma'],
  equivalents: ['FigmaPersonalAccessToken'],
  description: 'A Figma personal access token (figd_, or the newer figp_ format).',
  remediation: 'Revoke the token in Figma (Settings > Security > Personal access tokens) and keep the new one in a secret store.',
  keywords: ['figd_', 'figp_'],
  // figd_ then 36 to 48 base64url characters, or figp_ then 38 to 52 and up to two = of padding.
  pattern: /(?<![A-Za-z0-9_])(?<secret>figd_[A-Za-z0-9_-]{36,48}|figp_[A-Za-z0-9_-]{38,52}={0,2})(?![A-Za-z0-9_=-])/,
  minEntropy: 4,
  validate: (secret) => /[0-9]/.test(secret) && /[a-z]/.test(secret.slice(5)) && /[A-Z]/.test(secret),
};
