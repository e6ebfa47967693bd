import type { SecretRule } from '../secret-rule.ts';

/** xAI API keys are billed per use and reach the team's files and collections. */
export const xaiApiKey: SecretRule = {
  id: 'xai-api-key',
  title: 'xAI API key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'ai', 'xai'],
  equivalents: ['XAI'],
  description: 'An xAI (Grok) API key (xai- + 80 characters).',
  remediation: 'Delete the key in the xAI console (API Keys) and keep the new one in a secret store.',
  keywords: ['xai-'],
  // xai- then 80 base62 characters.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>xai-[A-Za-z0-9]{80})(?![A-Za-z0-9_-])/,
  minEntropy: 4,
};
