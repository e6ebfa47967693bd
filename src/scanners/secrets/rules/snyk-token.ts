import type { SecretRule } from '../secret-rule.ts';
import { assignedNames, vendorAssignmentPattern } from '../vendor-assignment.ts';

/**
 * A Snyk token acts as its user or service account: read every vulnerability report of the
 * organisations it can reach (a map of what to attack), import projects and change settings.
 */
export const snykToken: SecretRule = {
  id: 'snyk-token',
  title: 'Snyk API token',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'security-tooling', 'snyk'],
  equivalents: ['snyk-api-token', 'SnykKey'],
  description: 'A Snyk API token (a UUID) assigned to a name mentioning Snyk and a token or key.',
  remediation: 'Revoke the token in Snyk (Account settings > Auth token, or the service account page) and keep the new one in a secret store.',
  keywords: ['snyk'],
  // A key naming snyk, then a lower-case UUID.
  pattern: vendorAssignmentPattern({ name: 'snyk', value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' }),
  // Organisation, group and project ids are UUIDs too; only names about a token or key count.
  validate: (_secret, groups) => {
    const names = assignedNames(groups);
    return /token|key|auth|secret/i.test(names) && !/org|group|project|(?:^|[^a-z])id\b/i.test(names);
  },
};
