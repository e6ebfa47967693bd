import type { SecretRule } from '../secret-rule.ts';
import { assignedNames, isCredentialName, vendorAssignmentPattern } from '../vendor-assignment.ts';

/**
 * A Postmark server token sends e-mail through that server's verified senders and reads its
 * message history; an account token manages every server, domain and sender signature.
 */
export const postmarkServerToken: SecretRule = {
  id: 'postmark-server-token',
  title: 'Postmark API token',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'email', 'postmark'],
  equivalents: ['Postmark'],
  description: 'A Postmark server or account API token (a UUID) assigned to a name or header mentioning Postmark.',
  remediation: 'Regenerate the token in Postmark (server > API Tokens, or Account > API Tokens) and keep the new one in a secret store.',
  keywords: ['postmark'],
  // A key or header naming postmark, then a lower-case UUID.
  pattern: vendorAssignmentPattern({ name: 'postmark', value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' }),
  // Server and message-stream ids are not secrets.
  validate: (_secret, groups) => isCredentialName(groups) && !/(?:_|-|\b)id\b|stream/i.test(assignedNames(groups)),
};
