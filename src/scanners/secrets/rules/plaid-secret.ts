import type { SecretRule } from '../secret-rule.ts';
import { assignedNames, vendorAssignmentPattern } from '../vendor-assignment.ts';

/**
 * The Plaid secret, with the client id, creates link tokens and exchanges them for access to
 * the bank accounts your users connected: balances, transactions, identity data.
 */
export const plaidSecret: SecretRule = {
  id: 'plaid-secret',
  title: 'Plaid secret',
  severity: 'critical',
  confidence: 'medium',
  tags: ['CWE-798', 'fintech', 'plaid'],
  equivalents: ['plaid-secret-key', 'PlaidKey'],
  description: 'A 30-character Plaid secret assigned to a name mentioning Plaid and a secret.',
  remediation: 'Rotate the secret in the Plaid dashboard (Team settings > Keys) and keep the new one in a secret store.',
  keywords: ['plaid'],
  // A key naming plaid, then 30 lower-case hex characters.
  pattern: vendorAssignmentPattern({ name: 'plaid', value: '[0-9a-f]{30}' }),
  minEntropy: 3,
  validate: (_secret, groups) => /secret/i.test(assignedNames(groups)),
};
