import type { SecretRule } from '../secret-rule.ts';
import { vendorAssignmentPattern } from '../vendor-assignment.ts';

/**
 * A LaunchDarkly API access token changes flags in production (turn features on or off for
 * everyone) and reads targeting rules with user keys; a server-side SDK key reads every flag of
 * its environment. Mobile keys are meant to ship in apps and are left alone.
 */
export const launchdarklyAccessToken: SecretRule = {
  id: 'launchdarkly-access-token',
  title: 'LaunchDarkly access token or SDK key',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798', 'feature-flags', 'launchdarkly'],
  equivalents: ['launchdarkly-access-token', 'LaunchDarkly'],
  description: 'A LaunchDarkly API access token (api-<uuid>) or server-side SDK key (sdk-<uuid>) assigned to a name mentioning LaunchDarkly or LD_.',
  remediation: 'Reset the token (Account settings > Authorization) or rotate the SDK key of the environment in LaunchDarkly, and keep the new one in a secret store.',
  keywords: ['launchdarkly', 'launch_darkly', 'ld_', 'ld-'],
  // A key naming launchdarkly or ld_, then api-, sdk- or mob- and a lower-case UUID.
  pattern: vendorAssignmentPattern({
    name: String.raw`launch[_.-]?darkly|(?<![A-Za-z0-9])ld[_.-]`,
    value: '(?<kind>api|sdk|mob)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  }),
  validate: (_secret, groups) => groups.kind !== 'mob',
  refine: (_secret, { groups }) => (groups.kind === 'sdk' ? { severity: 'medium', message: 'LaunchDarkly server-side SDK key found' } : undefined),
};
