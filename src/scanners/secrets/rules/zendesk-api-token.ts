import type { SecretRule } from '../secret-rule.ts';
import { isCredentialName, vendorAssignmentPattern } from '../vendor-assignment.ts';

/**
 * A Zendesk API token, with any agent's e-mail address, acts as that agent: read every ticket
 * (full of customer personal data), change users and macros.
 */
export const zendeskApiToken: SecretRule = {
  id: 'zendesk-api-token',
  title: 'Zendesk API token',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'support', 'zendesk'],
  equivalents: ['zendesk-secret-key', 'ZendeskApi'],
  description: 'A 40-character Zendesk API token assigned to a name mentioning Zendesk.',
  remediation: 'Delete the token in Zendesk Admin Center (Apps and integrations > Zendesk API) and keep the new one in a secret store.',
  keywords: ['zendesk'],
  // A key naming zendesk, then 40 base62 characters.
  pattern: vendorAssignmentPattern({ name: 'zendesk', value: '[A-Za-z0-9]{40}' }),
  minEntropy: 4,
  validate: (secret, groups) => isCredentialName(groups) && /[0-9]/.test(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret),
};
