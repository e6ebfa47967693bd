import type { SecretRule } from '../secret-rule.ts';

/**
 * Anthropic API keys are billed per use; a leaked key is resold or drained for model access,
 * and can read the workspace's files and batches.
 */
export const anthropicApiKey: SecretRule = {
  id: 'anthropic-api-key',
  title: 'Anthropic API key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'ai', 'anthropic'],
  equivalents: ['anthropic-api-key', 'Anthropic'],
  description: 'An Anthropic API key (sk-ant-api03-).',
  remediation: 'Disable the key at https://console.anthropic.com/settings/keys, review usage, and keep the new key in a secret store.',
  keywords: ['sk-ant-api'],
  // sk-ant-api03- then 93 base64url characters and the fixed AA ending.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>sk-ant-api03-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])/,
  minEntropy: 4,
};
