import type { SecretRule } from '../secret-rule.ts';

/**
 * A Buildkite API access token can read build logs and artifacts, create builds and, with
 * write scopes, change pipelines and their agents' commands.
 */
export const buildkiteToken: SecretRule = {
  id: 'buildkite-token',
  title: 'Buildkite API access token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'ci'],
  equivalents: ['buildkite-api-token', 'Buildkite', 'BuildkiteV2'],
  description: 'A Buildkite user API access token (bkua_ followed by 40 hex characters).',
  remediation: 'Revoke it at https://buildkite.com/user/api-access-tokens and review builds created with it.',
  keywords: ['bkua_'],
  // bkua_ + 40 lowercase hex characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>bkua_[a-f0-9]{40})(?![A-Za-z0-9_])/,
  minEntropy: 3,
  skipPlaceholderCheck: true,
};
