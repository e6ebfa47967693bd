import type { SecretRule } from '../secret-rule.ts';
import { assignedNames, vendorAssignmentSource } from '../vendor-assignment.ts';

/**
 * An Atlassian API token, with its owner's e-mail address, logs in to Jira, Confluence and
 * Bitbucket Cloud as that person: read and change every issue and page they can see.
 */
export const atlassianApiToken: SecretRule = {
  id: 'atlassian-api-token',
  title: 'Atlassian API token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'productivity', 'atlassian'],
  equivalents: ['atlassian-api-token', 'Atlassian', 'JiraToken'],
  description: 'An Atlassian Cloud API token (ATATT3…=<checksum>), or a legacy 24-character token assigned to a name mentioning Jira, Confluence or Atlassian.',
  remediation: 'Revoke the token at https://id.atlassian.com/manage-profile/security/api-tokens and keep the replacement in a secret store.',
  keywords: ['atatt3', 'jira', 'confluence', 'atlassian'],
  /*
   * ATATT3, 120 to 260 base64url characters, =, and an 8-character upper-case hex checksum; or
   * a key naming jira, confluence or atlassian assigned 24 base62 characters.
   */
  pattern: new RegExp(
    String.raw`(?<![A-Za-z0-9_-])(?<current>ATATT3[A-Za-z0-9_-]{120,260}=[A-F0-9]{8})(?![A-Za-z0-9_-])|` +
      vendorAssignmentSource({ name: 'jira|confluence|atlassian', value: '[A-Za-z0-9]{24}' }),
  ),
  secretGroups: ['current', 'secret'],
  minEntropy: 3.5,
  validate: (secret, groups) =>
    groups.current !== undefined ||
    (/token|pass|secret|api[_.-]?key/i.test(assignedNames(groups)) && /[0-9]/.test(secret) && /[a-z]/.test(secret) && /[A-Z]/.test(secret)),
  refine: (_secret, { groups }) => (groups.current === undefined ? { confidence: 'medium', message: 'Legacy Atlassian API token found' } : undefined),
};
