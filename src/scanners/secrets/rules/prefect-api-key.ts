import type { SecretRule } from '../secret-rule.ts';

/**
 * A Prefect Cloud key runs, changes and deletes flows and deployments in the user's workspaces,
 * and reads the blocks that hold their credentials.
 */
export const prefectApiKey: SecretRule = {
  id: 'prefect-api-key',
  title: 'Prefect API key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'prefect'],
  equivalents: ['prefect-api-token', 'Prefect'],
  description: 'A Prefect Cloud API key (pnu_ + 36 characters).',
  remediation: 'Delete the key in Prefect Cloud (Profile > API keys) and keep the new one in a secret store.',
  keywords: ['pnu_'],
  // pnu_ then 36 base62 characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>pnu_[A-Za-z0-9]{36})(?![A-Za-z0-9_])/,
  minEntropy: 4,
};
