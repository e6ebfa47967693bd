import type { Finding } from '../core/finding.ts';
import type { Reporter } from './reporter.ts';

export const jsonSchemaVersion = 1;

/** The versioned machine-readable report; its shape is schemas/report.schema.json. */
export const jsonReporter: Reporter = {
  format: 'json',
  extension: 'json',
  render({ result, tool }) {
    const report = {
      schemaVersion: jsonSchemaVersion,
      tool,
      target: result.target,
      findings: result.findings.map(toJsonFinding),
      suppressed: result.suppressed.map(toJsonFinding),
      errors: result.errors,
      notices: result.notices,
      stats: result.stats,
      ...(result.compliance ? { compliance: result.compliance } : {}),
    };
    return `${JSON.stringify(report, null, 2)}\n`;
  },
};

/** Fixed key order so diffs of reports stay readable. */
function toJsonFinding(finding: Finding): Record<string, unknown> {
  return {
    ruleId: finding.ruleId,
    scanner: finding.scanner,
    severity: finding.severity,
    confidence: finding.confidence,
    title: finding.title,
    message: finding.message,
    location: finding.location,
    ...(finding.evidence !== undefined ? { evidence: finding.evidence } : {}),
    fingerprint: finding.fingerprint,
    ...(finding.equivalents ? { equivalents: finding.equivalents } : {}),
    ...(finding.tags ? { tags: finding.tags } : {}),
    ...(finding.package ? { package: finding.package } : {}),
    ...(finding.vulnerability ? { vulnerability: finding.vulnerability } : {}),
    ...(finding.fix ? { fix: finding.fix } : {}),
    ...(finding.suppressed ? { suppressed: finding.suppressed } : {}),
  };
}
