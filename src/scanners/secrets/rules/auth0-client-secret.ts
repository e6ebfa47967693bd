import type { SecretRule } from '../secret-rule.ts';
import { assignedNames, vendorAssignmentPattern } from '../vendor-assignment.ts';

/**
 * An Auth0 client secret lets its holder act as the application: request tokens for its APIs
 * and, for machine-to-machine apps with Management API grants, manage users and connections.
 */
export const auth0ClientSecret: SecretRule = {
  id: 'auth0-client-secret',
  title: 'Auth0 client secret',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'identity', 'auth0'],
  equivalents: ['Auth0oauth'],
  description: 'A 64-character Auth0 application client secret assigned to a name mentioning Auth0 and a secret.',
  remediation: 'Rotate the client secret in the Auth0 dashboard (Applications > Settings), update the app from a secret store, and review the tenant logs.',
  keywords: ['auth0'],
  // A key naming auth0, then 64 base64url characters.
  pattern: vendorAssignmentPattern({ name: 'auth0', value: '[A-Za-z0-9_-]{64}' }),
  minEntropy: 4,
  validate: (secret, groups) => /secret/i.test(assignedNames(groups)) && /[0-9]/.test(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret),
};
