import type { SecretRule } from '../secret-rule.ts';

// A lower-case UUID.
const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * A Plaid access token is the lasting link to one user's bank accounts. With the client id and
 * secret it returns their balances, transactions and identity; sandbox tokens hold test data.
 */
export const plaidAccessToken: SecretRule = {
  id: 'plaid-access-token',
  title: 'Plaid access token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'fintech', 'plaid'],
  equivalents: ['plaid-api-token', 'PlaidToken'],
  description: 'A Plaid Item access token (access-production-, access-development- or access-sandbox- followed by a UUID).',
  remediation: 'Remove the Item with /item/remove (or rotate with /item/access_token/invalidate) and store access tokens only server-side in a secret store or encrypted column.',
  keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
  // access-, the environment, -, and a UUID.
  pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])(?<secret>access-(?<environment>production|development|sandbox)-${uuid})(?![A-Za-z0-9_-])`),
  refine: (_secret, { groups }) => (groups.environment === 'sandbox' ? { severity: 'low', message: 'Plaid sandbox access token found' } : undefined),
};
