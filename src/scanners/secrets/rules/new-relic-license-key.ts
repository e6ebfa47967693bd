import type { SecretRule } from '../secret-rule.ts';
import { assignedNames, vendorAssignmentSource } from '../vendor-assignment.ts';

/**
 * A license (ingest) key sends telemetry into the account: attackers can flood it, inflate
 * ingest costs and bury real alerts under fake data. It cannot read data back.
 */
export const newRelicLicenseKey: SecretRule = {
  id: 'new-relic-license-key',
  title: 'New Relic license key',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-798', 'observability', 'new-relic'],
  equivalents: ['NewRelicLicenseKey'],
  description: 'A New Relic ingest license key: the current format ending in FFFFNRAL anywhere, or a legacy 40-hex key assigned to a name mentioning New Relic.',
  remediation: 'Rotate the license key in New Relic (API keys UI), update the agents from a secret store, and delete the old key.',
  keywords: ['nral', 'newrelic', 'new_relic', 'new-relic'],
  /*
   * 32 hex characters (or eu01xx and 26 hex) followed by FFFFNRAL; or a key naming new relic
   * assigned 40 lower-case hex characters.
   */
  pattern: new RegExp(
    String.raw`(?<![A-Za-z0-9_-])(?<current>(?:[a-f0-9]{32}|eu01xx[a-f0-9]{26})FFFFNRAL)(?![A-Za-z0-9_-])|` +
      vendorAssignmentSource({ name: String.raw`new[_.-]?relic`, value: '[a-f0-9]{40}' }),
  ),
  secretGroups: ['current', 'secret'],
  minEntropy: 3,
  // A legacy key needs a name about a license or key; 40 hex under "commit" or "sha" is a git revision.
  validate: (_secret, groups) => groups.current !== undefined || (/licen[cs]e|key/i.test(assignedNames(groups)) && !/commit|sha|hash|revision|version/i.test(assignedNames(groups))),
  refine: (_secret, { groups }) => (groups.current === undefined ? { confidence: 'medium' } : undefined),
};
