import type { SecretRule } from '../secret-rule.ts';
import { vendorAssignmentSource } from '../vendor-assignment.ts';

/**
 * An Okta API token acts with its creator's admin role, often Super Admin: create users, reset
 * MFA, assign apps. It is a direct path to every application behind the organisation's SSO.
 */
export const oktaApiToken: SecretRule = {
  id: 'okta-api-token',
  title: 'Okta API token',
  severity: 'critical',
  confidence: 'medium',
  tags: ['CWE-798', 'identity', 'okta'],
  equivalents: ['okta-access-token', 'Okta'],
  description: 'An Okta API token: 00 followed by 40 characters, after the SSWS authorization scheme or assigned to a name mentioning Okta.',
  remediation: 'Revoke the token in the Okta Admin Console (Security > API > Tokens), review the system log, and prefer OAuth service apps with scoped access.',
  keywords: ['okta', 'ssws'],
  /*
   * The SSWS authorization scheme (used only by Okta) followed by 00 and 40 base64url
   * characters, or a key naming okta assigned such a token.
   */
  pattern: new RegExp(
    String.raw`\bSSWS[ \t]{1,4}(?<header>00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])|` +
      vendorAssignmentSource({ name: 'okta', value: String.raw`00[A-Za-z0-9_-]{40}` }),
  ),
  secretGroups: ['header', 'secret'],
  minEntropy: 4,
};
