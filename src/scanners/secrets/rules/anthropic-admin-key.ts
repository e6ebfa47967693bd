import type { SecretRule } from '../secret-rule.ts';

/**
 * An Admin API key manages the Anthropic organisation: it invites members, creates
 * workspaces and API keys, and reads usage and cost reports.
 */
export const anthropicAdminKey: SecretRule = {
  id: 'anthropic-admin-key',
  title: 'Anthropic Admin API key',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798', 'ai', 'anthropic'],
  equivalents: ['anthropic-admin-api-key', 'Anthropic'],
  description: 'An Anthropic Admin API key (sk-ant-admin01-).',
  remediation: 'Delete the key in the Anthropic Console (Settings > Admin keys), audit the organisation for new members and keys, and keep the replacement in a secret store.',
  keywords: ['sk-ant-admin'],
  // sk-ant-admin01- then 93 base64url characters and the fixed AA ending.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-admin01-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])/,
  minEntropy: 4,
};
