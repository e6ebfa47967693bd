import type { SecretRule } from '../secret-rule.ts';

/**
 * A Hugging Face token reads the owner's private models and datasets and, with write scope,
 * pushes to them: a way to plant a poisoned model where downstream users will load it.
 */
export const huggingfaceToken: SecretRule = {
  id: 'huggingface-token',
  title: 'Hugging Face token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'ai', 'huggingface'],
  equivalents: ['huggingface-access-token', 'huggingface-organization-api-token', 'HuggingFace'],
  description: 'A Hugging Face user access token (hf_) or legacy organisation API token (api_org_).',
  remediation: 'Invalidate the token at https://huggingface.co/settings/tokens, check recent pushes to your repos, and keep the new token in a secret store.',
  keywords: ['hf_', 'api_org_'],
  // hf_ or api_org_ then 34 base62 characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>(?:hf|api_org)_[A-Za-z0-9]{34})(?![A-Za-z0-9_])/,
  minEntropy: 3.8,
  // Generated tokens mix cases; identifiers such as hf_ModelDownloadHelperFunction are CamelCase words.
  validate: (secret) => {
    const body = secret.slice(secret.lastIndexOf('_') + 1);
    return /[a-z]/.test(body) && /[A-Z]/.test(body) && !/^(?:[A-Z][a-z]{2,})+\d*$/.test(body);
  },
};
