import type { RuleMeta } from '../../../core/rule-meta.ts';

/**
 * A lockfile pins a package version that a published advisory says is vulnerable. Known
 * vulnerabilities are what attackers scan for first: the advisory tells them what to send, and
 * the fix is usually a version bump away, so these are among the cheapest risks to remove.
 */
export const vulnerableDependency: RuleMeta = {
  id: 'vulnerable-dependency',
  title: 'Dependency with a known vulnerability',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-1395', 'sca'],
  // Other tools report per advisory id (CVE-…), not under a rule id, so there is nothing to map.
  equivalents: [],
  description:
    'The installed version of a package, as its lockfile or manifest pins it, falls inside the affected ranges of an OSV advisory in the local vulnerability database. Advisories that are aliases of each other (a GHSA and a PYSEC naming the same CVE) are one finding. Severity is the base score computed from the advisory\'s CVSS vector (shown in the message), else GitHub\'s level or a score the advisory states, medium when it gives none.',
  remediation:
    'Upgrade to the fixed version the finding names: it is the smallest version that clears every known advisory for that package. When no fix exists, remove the package or record why the vulnerable code is not reachable in an exception in rampart.yaml, with a reason and an expiry date.',
};
