import type { Finding, ScanError, ScanNotice } from '../core/finding.ts';
import type { ReportContext, ReportRule, Reporter } from './reporter.ts';
import { ruleDocsUrl } from './rule-docs-url.ts';

/**
 * JUnit XML for CI test tabs (GitLab, Jenkins, Azure DevOps). One testsuite per scanner and one
 * testcase per finding, because those viewers show only the first failure of a testcase. The
 * classname `rampart.<scanner>.<rule>` makes Jenkins group findings by scanner and rule.
 */
export const junitReporter: Reporter = {
  format: 'junit',
  extension: 'xml',
  render(context) {
    const suites = [...scannerSuites(context), ...scanSuite(context.result.errors, context.result.notices)];
    const totals = sumCounts(suites);
    const seconds = (context.result.stats.durationMs / 1000).toFixed(3);
    const lines = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="rampart" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}" skipped="${totals.skipped}" time="${seconds}">`,
      ...suites.flatMap(renderSuite),
      '</testsuites>',
    ];
    return `${lines.join('\n')}\n`;
  },
};

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

interface Suite extends Counts {
  name: string;
  cases: string[];
  systemOut?: string;
}

function sumCounts(suites: readonly Counts[]): Counts {
  const totals: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const suite of suites) {
    totals.tests += suite.tests;
    totals.failures += suite.failures;
    totals.errors += suite.errors;
    totals.skipped += suite.skipped;
  }
  return totals;
}

/** Every scanner that ran gets a suite; one without findings gets a single passing testcase so it shows as green. */
function scannerSuites({ result, rules }: ReportContext): Suite[] {
  const scanners = new Set([...Object.keys(result.stats.byScanner), ...rules.map((rule) => rule.scanner)]);
  for (const finding of [...result.findings, ...result.suppressed]) scanners.add(finding.scanner);
  const rulesById = new Map(rules.map((rule) => [`${rule.scanner}\0${rule.id}`, rule]));
  return [...scanners].sort().map((scanner) => {
    const failing = result.findings.filter((finding) => finding.scanner === scanner);
    const suppressed = result.suppressed.filter((finding) => finding.scanner === scanner);
    const cases = [
      ...failing.map((finding) => findingCase(finding, rulesById.get(`${scanner}\0${finding.ruleId}`))),
      ...suppressed.map(suppressedCase),
    ];
    if (cases.length === 0) {
      const files = result.stats.byScanner[scanner]?.files ?? 0;
      cases.push(`    <testcase name="${escapeXml(`no findings in ${files} file${files === 1 ? '' : 's'}`)}" classname="${escapeXml(`rampart.${scanner}`)}" time="0"/>`);
    }
    return { name: scanner, cases, tests: cases.length, failures: failing.length, errors: 0, skipped: suppressed.length };
  });
}

function caseName(finding: Finding): string {
  const { path, startLine, startColumn, commit, layer } = finding.location;
  const where = `${path}:${startLine}${startColumn ? `:${startColumn}` : ''}`;
  if (commit) return `${where} @ ${commit.slice(0, 12)}`;
  if (layer) return `${where} @ ${layer}`;
  return where;
}

function openCase(finding: Finding): string {
  return `    <testcase name="${escapeXml(caseName(finding))}" classname="${escapeXml(`rampart.${finding.scanner}.${finding.ruleId}`)}" file="${escapeXml(finding.location.path)}" time="0">`;
}

function findingCase(finding: Finding, rule: ReportRule | undefined): string {
  const message = `[${finding.severity}] ${finding.ruleId}: ${finding.message}`;
  return [
    openCase(finding),
    `      <failure message="${escapeXml(message)}" type="${escapeXml(finding.severity)}">${escapeXmlText(failureDetails(finding, rule))}</failure>`,
    '    </testcase>',
  ].join('\n');
}

function failureDetails(finding: Finding, rule: ReportRule | undefined): string {
  const { path, startLine, startColumn, commit, author, date, layer } = finding.location;
  const lines = [
    `Rule: ${finding.ruleId} (${finding.title})`,
    `Severity: ${finding.severity}, confidence: ${finding.confidence}`,
    `Location: ${path}:${startLine}${startColumn ? `:${startColumn}` : ''}`,
    ...(commit ? [`Commit: ${commit}${author ? ` by ${author}` : ''}${date ? ` on ${date}` : ''}`] : []),
    ...(layer ? [`Layer: ${layer}`] : []),
    ...(finding.evidence !== undefined ? [`Evidence: ${finding.evidence}`] : []),
    `Fingerprint: ${finding.fingerprint}`,
    ...(rule ? [`Remediation: ${rule.remediation}`] : []),
    `Docs: ${ruleDocsUrl(finding.scanner, finding.ruleId)}`,
  ];
  return lines.join('\n');
}

function suppressedCase(finding: Finding): string {
  const { kind, reason } = finding.suppressed!;
  return [openCase(finding), `      <skipped message="${escapeXml(`suppressed (${kind}): ${reason}`)}"/>`, '    </testcase>'].join('\n');
}

/** Scan errors are test errors (the check could not run on that file); notices go to system-out. */
function scanSuite(errors: readonly ScanError[], notices: readonly ScanNotice[]): Suite[] {
  if (errors.length === 0 && notices.length === 0) return [];
  const cases = errors.map((error) => {
    const where = `${error.path}${error.line ? `:${error.line}` : ''}`;
    return [
      `    <testcase name="${escapeXml(where)}" classname="${escapeXml(`rampart.scan.${error.code}`)}" file="${escapeXml(error.path)}" time="0">`,
      `      <error message="${escapeXml(error.message)}" type="${escapeXml(error.code)}">${escapeXmlText(`${error.code} at ${where}: ${error.message}`)}</error>`,
      '    </testcase>',
    ].join('\n');
  });
  const systemOut = notices.map((notice) => `${notice.code}${notice.path ? ` ${notice.path}` : ''}: ${notice.message}`).join('\n');
  return [{ name: 'scan', cases, tests: cases.length, failures: 0, errors: errors.length, skipped: 0, ...(systemOut ? { systemOut } : {}) }];
}

function renderSuite(suite: Suite): string[] {
  const open = `  <testsuite name="${escapeXml(suite.name)}" tests="${suite.tests}" failures="${suite.failures}" errors="${suite.errors}" skipped="${suite.skipped}" time="0">`;
  const out = suite.systemOut ? [`    <system-out>${escapeXmlText(suite.systemOut)}</system-out>`] : [];
  return [open, ...suite.cases, ...out, '  </testsuite>'];
}

/**
 * Escapes an attribute value. Characters XML 1.0 forbids (most C0 controls, lone surrogates,
 * U+FFFE/U+FFFF) cannot be escaped at all, so they become a visible \uXXXX; tab, newline and
 * carriage return become character references because parsers would normalize them to spaces.
 */
export function escapeXml(text: string): string {
  return escapeXmlText(text).replace(/[\t\n"']/g, (char) => xmlEntities[char]!); // whitespace and quotes, which only matter in attributes
}

/** Escapes element text: markup characters, forbidden characters, and CR (which parsers would turn into LF). */
export function escapeXmlText(text: string): string {
  // One character XML 1.0 forbids: a C0 control other than tab/LF/CR, a lone high or low surrogate, or U+FFFE/U+FFFF.
  // oxlint-disable-next-line no-control-regex -- finding control characters is the point here
  const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  return text
    .replace(forbidden, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
    .replace(/[&<>\r]/g, (char) => xmlEntities[char]!); // the markup characters, and CR so it survives line-end normalization
}

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };
