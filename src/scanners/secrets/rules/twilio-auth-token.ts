import type { SecretRule } from '../secret-rule.ts';
import { assignedNames, isCredentialName, vendorAssignmentPattern } from '../vendor-assignment.ts';

// Names that hold an identifier (account SID, service SID), not a secret.
const identifierName = /sid\b|sid[_-]|_id\b|[a-z]Id\b|number|phone|from|to\b/i;

/**
 * The account auth token is the master credential of a Twilio account: it signs every API call
 * and validates webhooks. API key secrets have the same length and power within their scope.
 */
export const twilioAuthToken: SecretRule = {
  id: 'twilio-auth-token',
  title: 'Twilio auth token',
  severity: 'critical',
  confidence: 'medium',
  tags: ['CWE-798', 'messaging', 'twilio'],
  equivalents: ['Twilio'],
  description: 'A 32-character Twilio auth token or API key secret assigned to a name mentioning Twilio.',
  remediation: 'Rotate the auth token in the Twilio Console (Account > API keys & tokens > Auth tokens), or delete the API key, and keep the new value in a secret store.',
  keywords: ['twilio'],
  // A key naming twilio, an assignment, then 32 base62 characters.
  pattern: vendorAssignmentPattern({ name: 'twilio', value: '[A-Za-z0-9]{32}' }),
  minEntropy: 3.2,
  validate: (secret, groups) => isCredentialName(groups) && !identifierName.test(assignedNames(groups)) && /[0-9]/.test(secret) && /[a-z]/.test(secret),
};
