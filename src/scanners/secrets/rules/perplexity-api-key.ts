import type { SecretRule } from '../secret-rule.ts';

/** Perplexity API keys draw on prepaid credit; leaked keys are drained for search and chat. */
export const perplexityApiKey: SecretRule = {
  id: 'perplexity-api-key',
  title: 'Perplexity API key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'ai', 'perplexity'],
  equivalents: ['perplexity-api-key'],
  description: 'A Perplexity API key (pplx- + 48 characters).',
  remediation: 'Delete the key in Perplexity (Settings > API) and keep the new one in a secret store.',
  keywords: ['pplx-'],
  // pplx- then 48 base62 characters.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>pplx-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/,
  minEntropy: 3.8,
};
