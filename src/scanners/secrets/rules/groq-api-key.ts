import type { SecretRule } from '../secret-rule.ts';

/** Groq API keys are billed per use; leaked ones are drained for free inference. */
export const groqApiKey: SecretRule = {
  id: 'groq-api-key',
  title: 'Groq API key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'ai', 'groq'],
  equivalents: ['Groq'],
  description: 'A Groq API key (gsk_ + 52 characters).',
  remediation: 'Delete the key at https://console.groq.com/keys and keep the new one in a secret store.',
  keywords: ['gsk_'],
  // gsk_ then 52 base62 characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>gsk_[A-Za-z0-9]{52})(?![A-Za-z0-9_])/,
  minEntropy: 4,
};
