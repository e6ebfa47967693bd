import type { SecretRule } from '../secret-rule.ts';
import { decodeBase64 } from '../checksums.ts';

/**
 * An Intercom access token reads and writes the workspace: every conversation, contact and
 * company, which is a large share of a company's customer data.
 */
export const intercomAccessToken: SecretRule = {
  id: 'intercom-access-token',
  title: 'Intercom access token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'support', 'intercom'],
  equivalents: ['intercom-api-key', 'Intercom'],
  description: 'An Intercom access token (base64 of tok:<id>:<n>:<n>, so it starts dG9rO).',
  remediation: 'Regenerate the token in the Intercom Developer Hub (your app > Authentication) and keep the new one in a secret store.',
  keywords: ['dg9ro'],
  // dG9rO ("tok:" in base64) then 50 to 60 base64 characters and optional padding.
  pattern: /(?<![A-Za-z0-9+/_-])(?<secret>dG9rO[A-Za-z0-9+/]{50,60}={0,2})(?![A-Za-z0-9+/=_-])/,
  // Real tokens decode to tok:, a UUID written with underscores, and two counters.
  validate: (secret) => /^tok:[0-9a-f]{8}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{12}:\d{1,3}:\d{1,3}$/.test(decodeBase64(secret) ?? ''),
};
