import type { SecretRule } from '../secret-rule.ts';
import { isCredentialName, vendorAssignmentPattern } from '../vendor-assignment.ts';

/** Mistral API keys are billed per use and reach the workspace's fine-tuned models and files. */
export const mistralApiKey: SecretRule = {
  id: 'mistral-api-key',
  title: 'Mistral API key',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'ai', 'mistral'],
  description: 'A 32-character Mistral AI API key assigned to a name mentioning Mistral.',
  remediation: 'Delete the key at https://console.mistral.ai/api-keys and keep the new one in a secret store.',
  keywords: ['mistral'],
  // A key naming mistral, then 32 base62 characters.
  pattern: vendorAssignmentPattern({ name: 'mistral', value: '[A-Za-z0-9]{32}' }),
  minEntropy: 3.8,
  validate: (secret, groups) => isCredentialName(groups) && /[0-9]/.test(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret),
};
