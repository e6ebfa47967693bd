import type { SecretRule } from '../secret-rule.ts';

/**
 * Fine-grained personal access tokens are scoped to chosen repositories, but within them can
 * still read code, write contents and run workflows as their owner.
 */
export const githubFineGrainedToken: SecretRule = {
  id: 'github-fine-grained-token',
  title: 'GitHub fine-grained token',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'vcs'],
  equivalents: ['github-fine-grained-pat', 'Github'],
  description: 'A GitHub fine-grained personal access token (github_pat_).',
  remediation: 'Revoke it at https://github.com/settings/tokens?type=beta and store the replacement in a secret store.',
  keywords: ['github_pat_'],
  // github_pat_ + 22 base62 id + _ + 59 base62 secret.
  pattern: /(?<![A-Za-z0-9_])(?<secret>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/,
  minEntropy: 4,
  skipPlaceholderCheck: true,
};
