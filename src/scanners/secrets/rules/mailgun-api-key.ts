import type { SecretRule } from '../secret-rule.ts';
import { vendorAssignmentSource } from '../vendor-assignment.ts';

/**
 * A Mailgun private API key sends mail from your domains and reads logs, routes and suppression
 * lists; the webhook signing key lets its holder forge delivery events.
 */
export const mailgunApiKey: SecretRule = {
  id: 'mailgun-api-key',
  title: 'Mailgun API key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'email', 'mailgun'],
  equivalents: ['mailgun-private-api-token', 'mailgun-signing-key', 'Mailgun'],
  description: 'A Mailgun private API key: the legacy key-<32 hex> format anywhere in a file that mentions Mailgun, or the <32 hex>-<8 hex>-<8 hex> format assigned to a Mailgun name.',
  remediation: 'Delete or rotate the key at https://app.mailgun.com/settings/api_security and keep the new one in a secret store.',
  // The keyword anywhere in the file is context for a match elsewhere in it.
  keywordScope: 'file',
  keywords: ['mailgun'],
  /*
   * Either key- and 32 hex characters (public validation keys are pubkey-…, which the boundary
   * excludes), or a key naming mailgun assigned 32 hex, dash, 8 hex, dash, 8 hex.
   */
  pattern: new RegExp(
    String.raw`(?<![A-Za-z0-9_-])(?<legacy>key-[0-9a-f]{32})(?![A-Za-z0-9_-])|` +
      vendorAssignmentSource({ name: 'mailgun', value: '[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}' }),
  ),
  secretGroups: ['legacy', 'secret'],
  minEntropy: 3,
};
