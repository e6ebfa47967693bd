import type { SecretRule } from '../secret-rule.ts';

/**
 * A ClickUp personal token acts as its owner in every workspace: read and change tasks, docs
 * and comments.
 */
export const clickupApiToken: SecretRule = {
  id: 'clickup-api-token',
  title: 'ClickUp personal API token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'productivity', 'clickup'],
  equivalents: ['ClickupPersonalToken'],
  description: 'A ClickUp personal API token (pk_ + numeric user id + _ + 32 upper-case characters).',
  remediation: 'Regenerate the token in ClickUp (Settings > Apps > API Token) and keep the new one in a secret store.',
  keywords: ['pk_'],
  // pk_, a 6 to 10 digit user id, _, 32 upper-case base36 characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>pk_\d{6,10}_[A-Z0-9]{32})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
};
