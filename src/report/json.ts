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

/** Fixed key order so diffs of reports stay readable; optional keys assigned in that order, not spread (a spread per key per finding was most of this function's time). */
function toJsonFinding(finding: Finding): Record<string, unknown> {
  const json: Record<string, unknown> = {
    ruleId: finding.ruleId,
    scanner: finding.scanner,
    severity: finding.severity,
    confidence: finding.confidence,
    title: finding.title,
    message: finding.message,
    location: finding.location,
  };
  if (finding.evidence !== undefined) json.evidence = finding.evidence;
  json.fingerprint = finding.fingerprint;
  if (finding.equivalents) json.equivalents = finding.equivalents;
  if (finding.tags) json.tags = finding.tags;
  if (finding.package) json.package = finding.package;
  if (finding.vulnerability) json.vulnerability = finding.vulnerability;
  if (finding.fix) json.fix = finding.fix;
  if (finding.suppressed) json.suppressed = finding.suppressed;
  return json;
}
