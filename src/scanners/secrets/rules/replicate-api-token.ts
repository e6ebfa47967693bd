import type { SecretRule } from '../secret-rule.ts';

/**
 * A Replicate token runs models billed to the account and reads and deletes its private models,
 * deployments and predictions.
 */
export const replicateApiToken: SecretRule = {
  id: 'replicate-api-token',
  title: 'Replicate API token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'ai', 'replicate'],
  equivalents: ['Replicate'],
  description: 'A Replicate API token (r8_ + 37 characters).',
  remediation: 'Disable the token at https://replicate.com/account/api-tokens and keep the new one in a secret store.',
  keywords: ['r8_'],
  // r8_ then 37 base62 characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>r8_[A-Za-z0-9]{37})(?![A-Za-z0-9_])/,
  minEntropy: 4,
};
