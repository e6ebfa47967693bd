import type { SecretRule } from '../secret-rule.ts';

/**
 * A runner token lets a machine register as (or act as) a GitLab runner. A rogue runner receives
 * the jobs routed to it, with their source code, CI/CD variables and deploy credentials.
 */
export const gitlabRunnerToken: SecretRule = {
  id: 'gitlab-runner-token',
  title: 'GitLab runner token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'vcs', 'ci'],
  equivalents: ['gitlab-runner-authentication-token', 'gitlab-runner-authentication-token-routable', 'gitlab-rrt', 'GitlabRunner'],
  description: 'A GitLab runner authentication token (glrt-) or legacy runner registration token (GR1348941).',
  remediation: 'Reset the runner token (or delete the runner) in the project, group or admin Runners page, and keep runner config.toml out of repositories.',
  keywords: ['glrt-', 'gr1348941'],
  // glrt- (optionally t<digit>_ for routable tokens) or GR1348941, then 20+ base64url characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>(?:glrt-(?:t\d_)?|GR1348941)[A-Za-z0-9_-]{20,300}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?)(?![A-Za-z0-9_.-])/,
  minEntropy: 3.3,
  // Lowercase words joined by hyphens are CSS classes and flags, not random bodies.
  validate: (secret) => !/^(?:glrt-|GR1348941)[a-z-]+$/.test(secret),
  refine: (secret) => (secret.startsWith('GR1348941') ? { severity: 'medium', message: 'GitLab runner registration token found (deprecated, can register new runners)' } : undefined),
};
