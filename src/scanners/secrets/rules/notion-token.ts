import type { SecretRule } from '../secret-rule.ts';
import { vendorAssignmentSource } from '../vendor-assignment.ts';

/**
 * A Notion integration token reads and edits every page and database shared with the
 * integration, which in practice often means a whole team space.
 */
export const notionToken: SecretRule = {
  id: 'notion-token',
  title: 'Notion integration token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'productivity', 'notion'],
  equivalents: ['notion-api-token', 'Notion'],
  description: 'A Notion integration token: the current ntn_ format anywhere, or the older secret_ format assigned to a name mentioning Notion.',
  remediation: 'Refresh the token in the integration settings at https://www.notion.so/my-integrations and keep the new one in a secret store.',
  keywords: ['ntn_', 'notion'],
  /*
   * ntn_, 11 digits and 35 base62 characters; or a key naming notion assigned secret_ and 43
   * base62 characters (secret_ alone is too common a word to trust without the vendor name).
   */
  pattern: new RegExp(
    String.raw`(?<![A-Za-z0-9_])(?<current>ntn_\d{11}[A-Za-z0-9]{35})(?![A-Za-z0-9_])|` +
      vendorAssignmentSource({ name: 'notion', value: 'secret_[A-Za-z0-9]{43}' }),
  ),
  secretGroups: ['current', 'secret'],
  minEntropy: 3.8,
};
