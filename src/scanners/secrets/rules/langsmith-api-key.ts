import type { SecretRule } from '../secret-rule.ts';

/**
 * A LangSmith key reads every trace sent to the workspace (prompts, model outputs, tool calls,
 * often personal data) and can write datasets and annotations.
 */
export const langsmithApiKey: SecretRule = {
  id: 'langsmith-api-key',
  title: 'LangSmith API key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'ai', 'observability', 'langsmith'],
  equivalents: ['LangSmith'],
  description: 'A LangSmith personal access token (lsv2_pt_) or service key (lsv2_sk_).',
  remediation: 'Delete the key in LangSmith (Settings > API Keys) and keep the new one in a secret store.',
  keywords: ['lsv2_'],
  // lsv2_pt_ or lsv2_sk_, 32 hex characters, _, 10 hex characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})(?![A-Za-z0-9_])/,
  minEntropy: 3,
};
