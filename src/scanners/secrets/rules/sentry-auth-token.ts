import type { SecretRule } from '../secret-rule.ts';
import { decodeBase64 } from '../checksums.ts';
import { assignedNames, vendorAssignmentSource } from '../vendor-assignment.ts';

/**
 * Sentry auth tokens upload source maps and releases, and, depending on scope, read every
 * event (stack traces with local variables, request data, user details) and change projects.
 * DSNs are meant to ship in clients and are not reported.
 */
export const sentryAuthToken: SecretRule = {
  id: 'sentry-auth-token',
  title: 'Sentry auth token',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'observability', 'sentry'],
  equivalents: ['sentry-access-token', 'sentry-org-token', 'sentry-user-token', 'SentryToken', 'SentryOrgToken'],
  description: 'A Sentry organisation auth token (sntrys_), user auth token (sntryu_), or legacy 64-hex token assigned to a name mentioning Sentry.',
  remediation: 'Revoke the token in Sentry (Settings > Auth Tokens, or the organisation token page), create a new one and keep it in a secret store.',
  keywords: ['sntrys_', 'sntryu_', 'sentry'],
  /*
   * sntrys_, base64 of a JSON payload (starts eyJ), _, and a 43-character base64 secret;
   * sntryu_ and 64 hex characters; or a key naming sentry assigned 64 hex characters.
   */
  pattern: new RegExp(
    String.raw`(?<![A-Za-z0-9_])(?<org>sntrys_(?<payload>eyJ[A-Za-z0-9+/]{20,400}={0,2})_[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=])|` +
      String.raw`(?<![A-Za-z0-9_])(?<user>sntryu_[a-f0-9]{64})(?![A-Za-z0-9_])|` +
      vendorAssignmentSource({ name: 'sentry', value: '[a-f0-9]{64}' }),
  ),
  secretGroups: ['org', 'user', 'secret'],
  minEntropy: 3,
  validate: (_secret, groups) => {
    if (groups.org !== undefined) return hasIssuedAt(groups.payload ?? '');
    if (groups.user !== undefined) return true;
    return /token|auth|key|secret/i.test(assignedNames(groups));
  },
  refine: (_secret, { groups }) => (groups.secret !== undefined ? { confidence: 'medium' } : undefined),
};

/** Organisation tokens embed a JSON payload with an issue time; made-up strings do not decode to one. */
function hasIssuedAt(payload: string): boolean {
  try {
    const decoded: unknown = JSON.parse(decodeBase64(payload) ?? '');
    return typeof decoded === 'object' && decoded !== null && 'iat' in decoded;
  } catch {
    return false;
  }
}
