import type { SecretRule } from '../secret-rule.ts';
import { assignedNames, vendorAssignmentPattern } from '../vendor-assignment.ts';

/**
 * The app secret signs Graph API calls and mints app access tokens: with it, anyone can act as
 * the app, read its users' data that the app may read, and forge webhook signatures.
 */
export const facebookAppSecret: SecretRule = {
  id: 'facebook-app-secret',
  title: 'Meta / Facebook app secret',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'social', 'facebook', 'meta'],
  equivalents: ['facebook-secret', 'FacebookOAuth'],
  description: 'A 32-hex Meta app secret assigned to a name mentioning Facebook, FB or Meta and a secret.',
  remediation: 'Reset the app secret in the Meta developer dashboard (App settings > Basic) and keep the new one in a secret store.',
  keywords: ['facebook', 'fb_', 'fb-', 'fb.', 'meta_', 'meta-'],
  // A key naming facebook, fb_ or meta_, then 32 lower-case hex characters.
  pattern: vendorAssignmentPattern({ name: String.raw`facebook|(?<![A-Za-z0-9])(?:fb|meta)[_.-]`, value: '[a-f0-9]{32}' }),
  minEntropy: 3,
  validate: (_secret, groups) => /secret/i.test(assignedNames(groups)),
};
