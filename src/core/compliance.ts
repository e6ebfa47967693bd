import type { ComplianceControl, ComplianceSummary, ScanResult } from './finding.ts';
import type { RuleMeta } from './rule-meta.ts';

/** Frameworks rules can be tagged with: a control is the tag's rest (`CIS-AWS-2.1.1` → control 2.1.1 of cis-aws). */
export const complianceFrameworks = [
  { id: 'cis-aws', title: 'CIS Amazon Web Services Foundations Benchmark', tagPrefix: 'CIS-AWS-' },
  { id: 'cis-azure', title: 'CIS Microsoft Azure Foundations Benchmark', tagPrefix: 'CIS-AZURE-' },
  { id: 'cis-gcp', title: 'CIS Google Cloud Platform Foundation Benchmark', tagPrefix: 'CIS-GCP-' },
  { id: 'cis-kubernetes', title: 'CIS Kubernetes Benchmark', tagPrefix: 'CIS-K8S-' },
  { id: 'cis-docker', title: 'CIS Docker Benchmark', tagPrefix: 'CIS-DOCKER-' },
] as const;

export type ComplianceFrameworkId = (typeof complianceFrameworks)[number]['id'];

export const complianceFrameworkIds: readonly string[] = complianceFrameworks.map((framework) => framework.id);

/**
 * Per-control counts for one framework. Passes and undecidable checks come from the scanners'
 * rule outcomes; failures are the findings that remain, and suppressed ones count apart (a
 * documented exception is a decision, not a failure). A failed check hidden by --min-confidence
 * still fails its control.
 */
export function summarizeCompliance(frameworkId: ComplianceFrameworkId, rules: readonly RuleMeta[], result: ScanResult): ComplianceSummary {
  const framework = complianceFrameworks.find((candidate) => candidate.id === frameworkId)!;
  const rulesByControl = new Map<string, string[]>();
  for (const rule of rules) {
    for (const tag of rule.tags ?? []) {
      if (!tag.startsWith(framework.tagPrefix)) continue;
      const control = tag.slice(framework.tagPrefix.length);
      rulesByControl.set(control, [...(rulesByControl.get(control) ?? []), rule.id]);
    }
  }
  const findingCount = countByRule(result.findings);
  const suppressedCount = countByRule(result.suppressed);
  const controls = [...rulesByControl.entries()].sort(([a], [b]) => compareControlIds(a, b)).map(([id, ruleIds]): ComplianceControl => {
    let passed = 0;
    let failed = 0;
    let suppressed = 0;
    let unknown = 0;
    for (const ruleId of new Set(ruleIds)) {
      const outcome = result.ruleOutcomes?.[ruleId];
      const ruleSuppressed = suppressedCount.get(ruleId) ?? 0;
      passed += outcome?.pass ?? 0;
      unknown += outcome?.unknown ?? 0;
      suppressed += ruleSuppressed;
      failed += Math.max(findingCount.get(ruleId) ?? 0, (outcome?.fail ?? 0) - ruleSuppressed);
    }
    const status = failed > 0 ? 'fail' : passed + suppressed > 0 ? 'pass' : unknown > 0 ? 'unknown' : 'not-applicable';
    return { id, status, rules: [...new Set(ruleIds)].sort(), passed, failed, suppressed, unknown };
  });
  const totals = { pass: 0, fail: 0, notApplicable: 0, unknown: 0 };
  for (const control of controls) {
    if (control.status === 'not-applicable') totals.notApplicable++;
    else totals[control.status]++;
  }
  return { framework: framework.id, title: framework.title, controls, totals };
}

function countByRule(findings: ScanResult['findings']): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  return counts;
}

/** `1.10` after `1.9`: compare dotted control numbers part by part. */
function compareControlIds(a: string, b: string): number {
  const left = a.split('.');
  const right = b.split('.');
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (Number.parseInt(left[index] ?? '-1', 10) || 0) - (Number.parseInt(right[index] ?? '-1', 10) || 0);
    if (difference !== 0) return difference;
    const text = (left[index] ?? '').localeCompare(right[index] ?? '');
    if (text !== 0) return text;
  }
  return 0;
}
