import type { SecretRule } from '../secret-rule.ts';

/**
 * An Airtable personal access token reads and writes the bases it was granted, often customer
 * lists, inventories and internal trackers, with the owner's permissions.
 */
export const airtableToken: SecretRule = {
  id: 'airtable-token',
  title: 'Airtable personal access token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'productivity', 'airtable'],
  equivalents: ['airtable-personnal-access-token', 'AirtablePersonalAccessToken'],
  description: 'An Airtable personal access token (pat + 14-character id + . + 64 hex characters).',
  remediation: 'Regenerate or delete the token at https://airtable.com/create/tokens and keep the new one in a secret store.',
  keywords: ['pat'],
  // pat, a 14-character base62 token id, a dot, 64 hex characters.
  pattern: /(?<![A-Za-z0-9_])(?<secret>pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
};
