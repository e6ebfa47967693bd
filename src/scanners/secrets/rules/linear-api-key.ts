import type { SecretRule } from '../secret-rule.ts';

/**
 * A Linear API key acts as its owner in every team they belong to: read issues and comments
 * (often with customer data and internal plans), create and change them.
 */
export const linearApiKey: SecretRule = {
  id: 'linear-api-key',
  title: 'Linear API key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'productivity', 'linear'],
  equivalents: ['linear-api-key', 'LinearAPI'],
  description: 'A Linear personal API key (lin_api_) or OAuth access token (lin_oauth_).',
  remediation: 'Revoke the key in Linear (Settings > Security & access > Personal API keys) and keep the new one in a secret store.',
  keywords: ['lin_api_', 'lin_oauth_'],
  // lin_api_ and 40 base62 characters, or lin_oauth_ and 64 hex characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>lin_api_[A-Za-z0-9]{40}|lin_oauth_[a-f0-9]{64})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
};
