import type { SecretRule } from '../secret-rule.ts';
import { isCredentialName, vendorAssignmentPattern } from '../vendor-assignment.ts';

/**
 * Cohere API keys are billed per use and give access to the account's fine-tuned models and
 * datasets.
 */
export const cohereApiKey: SecretRule = {
  id: 'cohere-api-key',
  title: 'Cohere API key',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'ai', 'cohere'],
  equivalents: ['cohere-api-token', 'Cohere'],
  description: 'A 40-character Cohere API key assigned to a name mentioning Cohere (or CO_API_KEY).',
  remediation: 'Delete the key at https://dashboard.cohere.com/api-keys and keep the new one in a secret store.',
  keywords: ['cohere', 'co_api_key'],
  // A key naming cohere or CO_API_KEY, then 40 base62 characters.
  pattern: vendorAssignmentPattern({ name: String.raw`cohere|(?<![A-Za-z0-9])co_api_key`, value: '[A-Za-z0-9]{40}' }),
  minEntropy: 4,
  validate: (secret, groups) => isCredentialName(groups) && /[0-9]/.test(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret),
};
