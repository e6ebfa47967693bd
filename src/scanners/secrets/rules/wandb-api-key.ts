import type { SecretRule } from '../secret-rule.ts';
import { assignedNames, vendorAssignmentPattern } from '../vendor-assignment.ts';

/**
 * A Weights & Biases key reads and writes the user's runs, artifacts and models across every
 * team they belong to, including model checkpoints.
 */
export const wandbApiKey: SecretRule = {
  id: 'wandb-api-key',
  title: 'Weights & Biases API key',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'ai', 'wandb'],
  equivalents: ['WeightsAndBiases'],
  description: 'A 40-character Weights & Biases API key assigned to a name mentioning wandb.',
  remediation: 'Revoke the key at https://wandb.ai/authorize (User settings > API keys) and keep the new one in a secret store.',
  keywords: ['wandb'],
  // A key naming wandb, then 40 lower-case hex characters.
  pattern: vendorAssignmentPattern({ name: 'wandb', value: '[a-f0-9]{40}' }),
  minEntropy: 3,
  // 40 hex characters are also git commits: names about versions are not keys.
  validate: (_secret, groups) => !/commit|sha|hash|revision|version|digest/i.test(assignedNames(groups)),
};
