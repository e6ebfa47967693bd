import type { SecretRule } from '../secret-rule.ts';
import { vendorAssignmentPattern } from '../vendor-assignment.ts';

/**
 * A Mailchimp API key exports the audience (names, e-mail addresses, activity) and sends
 * campaigns to it from your brand.
 */
export const mailchimpApiKey: SecretRule = {
  id: 'mailchimp-api-key',
  title: 'Mailchimp API key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'email', 'mailchimp'],
  equivalents: ['mailchimp-api-key', 'Mailchimp'],
  description: 'A Mailchimp Marketing API key (32 hex characters and the data-centre suffix -usNN) assigned to a name mentioning Mailchimp.',
  remediation: 'Revoke the key in Mailchimp (Profile > Extras > API keys), create a new one and keep it in a secret store.',
  keywords: ['mailchimp', 'mail_chimp', 'mc_api', 'mc-api', 'mcapi'],
  // A key naming mailchimp or mc_api, then 32 hex characters, -us and the data-centre number.
  pattern: vendorAssignmentPattern({ name: String.raw`mail[_.-]?chimp|(?<![A-Za-z0-9])mc[_.-]?api`, value: String.raw`[0-9a-f]{32}-us\d{1,2}` }),
  minEntropy: 3,
};
