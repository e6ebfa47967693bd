import type { SecretRule } from '../secret-rule.ts';
import { vendorAssignmentPattern } from '../vendor-assignment.ts';

/**
 * An Asana personal access token acts as its owner in every workspace they belong to: read and
 * change tasks, projects and comments.
 */
export const asanaToken: SecretRule = {
  id: 'asana-token',
  title: 'Asana personal access token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'productivity', 'asana'],
  equivalents: ['AsanaPersonalAccessToken'],
  description: 'An Asana personal access token (0/, 1/ or 2/ numeric ids, a colon, 32 hex characters) assigned to a name mentioning Asana.',
  remediation: 'Deauthorize the token in Asana (My settings > Apps > Developer apps) and keep the replacement in a secret store.',
  keywords: ['asana'],
  // A key naming asana, then a version digit, /, one or two numeric ids, :, and 32 hex characters.
  pattern: vendorAssignmentPattern({ name: 'asana', value: String.raw`[0-2]\/\d{10,20}(?:\/\d{10,20})?:[a-f0-9]{32}` }),
  skipPlaceholderCheck: true,
  minEntropy: 3,
  validate: (secret) => !/(.)\1{5}/.test(secret.slice(-32)),
};
