import type { SecretRule } from '../secret-rule.ts';

/**
 * A Postman API key reads the owner's workspaces: collections and environments that routinely
 * hold other API keys, tokens and passwords in plain text.
 */
export const postmanApiKey: SecretRule = {
  id: 'postman-api-key',
  title: 'Postman API key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'postman'],
  equivalents: ['postman-api-token', 'Postman'],
  description: 'A Postman API key (PMAK- + 24 hex + - + 34 hex).',
  remediation: 'Revoke the key at https://go.postman.co/settings/me/api-keys and check the workspaces for other secrets that may have leaked with it.',
  keywords: ['pmak-'],
  // PMAK-, 24 hex characters, a dash, 34 hex characters.
  pattern: /(?<![A-Za-z0-9_-])(?<secret>PMAK-[a-f0-9]{24}-[a-f0-9]{34})(?![A-Za-z0-9_-])/,
  minEntropy: 3,
};
