import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, Fix, Location, ScanError, ScanNotice, ScanTarget } from '../core/finding.ts';
import type { Confidence, Severity } from '../core/severity.ts';
import type { ReportContext, ReportRule, Reporter } from './reporter.ts';
import { projectUrl, ruleDocsUrl } from './rule-docs-url.ts';

const sarifSchemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Every artifact URI is relative to this base, so code scanning resolves it against its checkout. */
const srcRoot = '%SRCROOT%';
/** Versioned so a future change of the fingerprint recipe does not reopen every dismissed alert. */
const fingerprintKey = 'rampart/v1';

type SarifLevel = 'error' | 'warning' | 'note';
type JsonObject = Record<string, unknown>;

const levelBySeverity: Record<Severity, SarifLevel> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

/** GitHub ranks security alerts by this number: ≥9 critical, ≥7 high, ≥4 medium, >0 low. */
const securitySeverityBySeverity: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' };

/** Our confidence already says how often a match is a real problem, which is what SARIF precision means. */
const precisionByConfidence: Record<Confidence, 'high' | 'medium' | 'low'> = { high: 'high', medium: 'medium', low: 'low' };

/** SARIF 2.1.0 for GitHub code scanning and other SARIF viewers; suppressed findings appear as dismissed. */
export const sarifReporter: Reporter = {
  format: 'sarif',
  extension: 'sarif',
  render(context) {
    return `${JSON.stringify(buildSarifLog(context), null, 2)}\n`;
  },
};

export function buildSarifLog(context: ReportContext): JsonObject {
  const { result, tool } = context;
  const findings = [...result.findings, ...result.suppressed].sort(compareFindings);
  const rules = collectRules(context.rules, findings);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const driver = {
    name: tool.name,
    version: tool.version,
    semanticVersion: tool.version,
    informationUri: projectUrl,
    rules: rules.map(toReportingDescriptor),
  };
  const run = {
    tool: { driver },
    invocations: [
      {
        executionSuccessful: true,
        toolExecutionNotifications: [...result.errors.map(errorNotification), ...result.notices.map(noticeNotification)],
      },
    ],
    originalUriBaseIds: { [srcRoot]: describeSrcRoot(result.target) },
    columnKind: 'utf16CodeUnits',
    results: findings.map((finding) => toResult(finding, ruleIndex.get(finding.ruleId)!)),
    properties: { target: result.target, stats: result.stats },
  };
  return { $schema: sarifSchemaUri, version: '2.1.0', runs: [run] };
}

/** Rules that ran, plus any rule a finding names that the caller did not list, sorted by id. */
function collectRules(ran: readonly ReportRule[], findings: readonly Finding[]): ReportRule[] {
  const byId = new Map<string, ReportRule>();
  for (const rule of ran) if (!byId.has(rule.id)) byId.set(rule.id, rule);
  for (const finding of findings) if (!byId.has(finding.ruleId)) byId.set(finding.ruleId, ruleFromFinding(finding));
  return [...byId.values()].sort((a, b) => compareText(a.id, b.id));
}

function ruleFromFinding(finding: Finding): ReportRule {
  return {
    id: finding.ruleId,
    scanner: finding.scanner,
    title: finding.title,
    severity: finding.severity,
    confidence: finding.confidence,
    description: finding.title,
    remediation: 'See the rule documentation.',
    ...(finding.tags ? { tags: finding.tags } : {}),
    ...(finding.equivalents ? { equivalents: finding.equivalents } : {}),
  };
}

function toReportingDescriptor(rule: ReportRule): JsonObject {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text: helpText(rule), markdown: helpMarkdown(rule) },
    helpUri: ruleDocsUrl(rule.scanner, rule.id),
    defaultConfiguration: { level: levelBySeverity[rule.severity] },
    properties: {
      tags: ruleTags(rule),
      precision: precisionByConfidence[rule.confidence],
      'security-severity': securitySeverityBySeverity[rule.severity],
      scanner: rule.scanner,
      ...(rule.equivalents?.length ? { equivalents: [...rule.equivalents] } : {}),
    },
  };
}

export function pascalCase(id: string): string {
  return id
    .split('-')
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

/** 'security' makes GitHub treat the rule as a security query; CWE tags also get GitHub's own CWE form. */
function ruleTags(rule: ReportRule): string[] {
  const tags = ['security', rule.scanner, ...(rule.tags ?? [])];
  for (const tag of rule.tags ?? []) {
    // "CWE-798" in any letter case: the number is what GitHub's external/cwe tag needs.
    const cwe = /^cwe-(\d+)$/i.exec(tag);
    if (cwe) tags.push(`external/cwe/cwe-${cwe[1]}`);
  }
  return [...new Set(tags)];
}

function helpText(rule: ReportRule): string {
  const parts = [rule.description, `Remediation: ${rule.remediation}`];
  if (rule.equivalents?.length) parts.push(`Equivalent checks in other tools: ${rule.equivalents.join(', ')}`);
  return parts.join('\n\n');
}

function helpMarkdown(rule: ReportRule): string {
  const parts = [`**${rule.title}**`, rule.description, `**Remediation:** ${rule.remediation}`];
  if (rule.equivalents?.length) parts.push(`**Equivalent checks in other tools:** ${rule.equivalents.map((id) => `\`${id}\``).join(', ')}`);
  parts.push(`[Rule documentation](${ruleDocsUrl(rule.scanner, rule.id)})`);
  return parts.join('\n\n');
}

function toResult(finding: Finding, ruleIndex: number): JsonObject {
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: levelBySeverity[finding.severity],
    message: { text: resultMessage(finding) },
    locations: [{ physicalLocation: physicalLocation(finding.location.path, finding.location) }],
    partialFingerprints: { [fingerprintKey]: finding.fingerprint },
    ...(finding.fix && isApplicableAsIs(finding.fix) ? { fixes: [toSarifFix(finding.fix)] } : {}),
    ...(finding.suppressed ? { suppressions: [toSuppression(finding.suppressed)] } : {}),
    properties: resultProperties(finding),
  };
}

/** Evidence is already redacted by core; history and image findings say where the file version lives. */
function resultMessage(finding: Finding): string {
  let text = finding.message;
  if (finding.evidence !== undefined) text += ` (evidence: ${finding.evidence})`;
  if (finding.location.commit) text += ` in commit ${finding.location.commit.slice(0, 12)}`;
  if (finding.location.layer) text += ` in image layer ${finding.location.layer}`;
  return text;
}

function resultProperties(finding: Finding): JsonObject {
  const { commit, author, date, layer } = finding.location;
  return {
    scanner: finding.scanner,
    severity: finding.severity,
    confidence: finding.confidence,
    ...(finding.evidence !== undefined ? { evidence: finding.evidence } : {}),
    ...(commit ? { commit } : {}),
    ...(author ? { author } : {}),
    ...(date ? { date } : {}),
    ...(layer ? { layer } : {}),
    ...(finding.tags?.length ? { tags: [...finding.tags] } : {}),
    ...(finding.package ? { package: finding.package } : {}),
    ...(finding.vulnerability ? { vulnerability: finding.vulnerability } : {}),
  };
}

type RegionFields = Pick<Location, 'startLine' | 'startColumn' | 'endLine' | 'endColumn'>;

function physicalLocation(path: string, region?: RegionFields): JsonObject {
  return {
    artifactLocation: { uri: toArtifactUri(path), uriBaseId: srcRoot },
    ...(region && region.startLine >= 1 ? { region: toRegion(region) } : {}),
  };
}

function toRegion(location: RegionFields): JsonObject {
  const { startLine, startColumn, endLine, endColumn } = location;
  return {
    startLine,
    ...(startColumn ? { startColumn } : {}),
    ...(endLine ? { endLine: Math.max(endLine, startLine) } : {}),
    ...(endColumn ? { endColumn } : {}),
  };
}

/** Repo-relative POSIX path → relative URI reference: each segment percent-encoded (spaces, '%', '#', '?', ':', non-ASCII). */
export function toArtifactUri(path: string): string {
  return path
    .replace(/^(?:\.\/)+/, '') // leading "./" segments add nothing to a relative reference
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** A fix that still needs a lookup (a SHA for a tag) holds placeholders, not text a SARIF consumer could apply. */
function isApplicableAsIs(fix: Fix): boolean {
  return fix.edits.length > 0 && fix.edits.every((edit) => !edit.resolve);
}

function toSarifFix(fix: Fix): JsonObject {
  const byPath = new Map<string, Fix['edits']>();
  for (const edit of fix.edits) byPath.set(edit.path, [...(byPath.get(edit.path) ?? []), edit]);
  return {
    description: { text: `${fix.title}${fix.safety === 'unsafe' ? ' (review before applying)' : ''}` },
    artifactChanges: [...byPath].map(([path, edits]) => ({
      artifactLocation: { uri: toArtifactUri(path), uriBaseId: srcRoot },
      replacements: edits.map((edit) => ({ deletedRegion: toRegion(edit), insertedContent: { text: edit.replacement } })),
    })),
  };
}

/** Inline comments live in the scanned source; config exceptions and the baseline live outside it. */
function toSuppression(suppressed: NonNullable<Finding['suppressed']>): JsonObject {
  return {
    kind: suppressed.kind === 'inline' ? 'inSource' : 'external',
    status: 'accepted',
    justification: suppressed.reason,
    properties: { source: suppressed.kind },
  };
}

function errorNotification(error: ScanError): JsonObject {
  return {
    level: 'error',
    message: { text: error.message },
    descriptor: { id: error.code },
    locations: [{ physicalLocation: physicalLocation(error.path, error.line ? { startLine: error.line } : undefined) }],
  };
}

function noticeNotification(notice: ScanNotice): JsonObject {
  return {
    level: 'note',
    message: { text: notice.message },
    descriptor: { id: notice.code },
    ...(notice.path ? { locations: [{ physicalLocation: physicalLocation(notice.path) }] } : {}),
  };
}

/** An absolute root becomes a file URI (SARIF wants a trailing slash); a relative one is only described. */
function describeSrcRoot(target: ScanTarget): JsonObject {
  const description = { text: `Root of the scanned ${target.kind}: ${target.ref}` };
  if (!isAbsolute(target.ref)) return { description };
  const uri = pathToFileURL(target.ref).href;
  return { uri: uri.endsWith('/') ? uri : `${uri}/`, description };
}

/** Code-unit order, not locale order, so the same scan gives byte-identical SARIF on every machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareFindings(a: Finding, b: Finding): number {
  const x = a.location;
  const y = b.location;
  return (
    compareText(x.path, y.path) ||
    compareText(x.commit ?? '', y.commit ?? '') ||
    compareText(x.layer ?? '', y.layer ?? '') ||
    x.startLine - y.startLine ||
    (x.startColumn ?? 0) - (y.startColumn ?? 0) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}
