import type { SecretRule } from '../secret-rule.ts';

/**
 * A Pulumi access token reads and updates stacks, including their decrypted config secrets and
 * the cloud credentials stored in Pulumi ESC environments.
 */
export const pulumiAccessToken: SecretRule = {
  id: 'pulumi-access-token',
  title: 'Pulumi access token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'infrastructure'],
  equivalents: ['pulumi-api-token', 'PulumiAccessToken'],
  description: 'A Pulumi Cloud access token (pul- followed by 40 hex characters).',
  remediation: 'Delete it at https://app.pulumi.com/account/tokens, review stack activity, and use OIDC or deployment tokens in CI.',
  keywords: ['pul-'],
  // pul- + 40 lowercase hex characters.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pul-[a-f0-9]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
  skipPlaceholderCheck: true,
};
