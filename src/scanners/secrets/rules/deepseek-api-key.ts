import type { SecretRule } from '../secret-rule.ts';
import { vendorAssignmentPattern } from '../vendor-assignment.ts';

/** DeepSeek API keys draw on the account's prepaid balance. */
export const deepseekApiKey: SecretRule = {
  id: 'deepseek-api-key',
  title: 'DeepSeek API key',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'ai', 'deepseek'],
  equivalents: ['DeepSeek'],
  description: 'A DeepSeek API key (sk- + 32 hex characters) assigned to a name mentioning DeepSeek.',
  remediation: 'Delete the key at https://platform.deepseek.com/api_keys and keep the new one in a secret store.',
  keywords: ['deepseek'],
  // A key naming deepseek, then sk- and 32 lower-case hex characters.
  pattern: vendorAssignmentPattern({ name: 'deepseek', value: 'sk-[a-f0-9]{32}' }),
  minEntropy: 3,
};
