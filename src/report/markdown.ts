import type { Finding, ScanResult } from '../core/finding.ts';
import { severities, severityRank, type Severity } from '../core/severity.ts';
import type { ReportContext, Reporter } from './reporter.ts';
import { projectUrl, ruleDocsUrl } from './rule-docs-url.ts';

/** GitHub rejects comment bodies above 65,536 characters; the margin leaves room for the truncation note. */
export const maxMarkdownChars = 65_536;
const budgetChars = maxMarkdownChars - 2_000;
/** Above this many findings the table is collapsed so the PR conversation stays readable. */
const collapseAbove = 50;
/** Errors, notices and suppressed findings are secondary: list a few, count the rest. */
const maxSecondaryRows = 20;
const maxCellChars = 300;

const severityIcon: Record<Severity, string> = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵', info: '⚪' };

/** A summary for a pull-request comment or $GITHUB_STEP_SUMMARY. */
export const markdownReporter: Reporter = {
  format: 'markdown',
  extension: 'md',
  render(context) {
    const head = [headline(context), '', severityCounts(context.result), '', ''].join('\n');
    const tail = [...complianceSection(context.result), ...suppressedSection(context.result), ...errorsSection(context.result), ...noticesSection(context.result), footer(context)].join('\n');
    const findings = findingsSection(context.result.findings, budgetChars - head.length - tail.length);
    return enforceLimit(`${head}${findings}${tail}\n`);
  },
};

/** Sections are capped already; this only guards against pathological cell contents. */
function enforceLimit(markdown: string): string {
  if (markdown.length <= maxMarkdownChars) return markdown;
  const cut = markdown.lastIndexOf('\n', budgetChars);
  return `${markdown.slice(0, cut)}\n\n_… report truncated to fit a GitHub comment; use \`--format sarif\` or \`--format json\` for the full list._\n`;
}

function isFailing(findings: readonly Finding[], failOn: string): boolean {
  if (failOn === 'never') return false;
  const threshold = severityRank(failOn as Severity);
  return findings.some((finding) => severityRank(finding.severity) >= threshold);
}

function headline({ result, failOn }: ReportContext): string {
  const total = result.findings.length;
  const findingsText = `${total} finding${total === 1 ? '' : 's'}`;
  if (isFailing(result.findings, failOn)) {
    const threshold = severityRank(failOn as Severity);
    const failing = result.findings.filter((finding) => severityRank(finding.severity) >= threshold).length;
    return `### ❌ rampart: failed, ${failing} of ${findingsText} at or above ${failOn}`;
  }
  if (total === 0) return '### ✅ rampart: passed, no findings';
  const gate = failOn === 'never' ? 'fail-on is never' : `none at or above ${failOn}`;
  return `### ✅ rampart: passed, ${findingsText} (${gate})`;
}

function severityCounts(result: ScanResult): string {
  const ordered = [...severities].sort((a, b) => severityRank(b) - severityRank(a));
  const count = (severity: Severity) => result.findings.filter((finding) => finding.severity === severity).length;
  return [
    `| ${ordered.map((severity) => `${severityIcon[severity]} ${severity}`).join(' | ')} |`,
    `|${ordered.map(() => ' ---: ').join('|')}|`,
    `| ${ordered.map(count).join(' | ')} |`,
  ].join('\n');
}

function findingsSection(findings: readonly Finding[], budget: number): string {
  if (findings.length === 0) return '';
  const header = ['| Severity | Rule | Location | Message | Evidence |', '| --- | --- | --- | --- | --- |'];
  const rows = [...findings].sort(bySeverityThenLocation).map((finding) =>
    tableRow([
      `${severityIcon[finding.severity]} ${finding.severity}`,
      `[${escapeText(finding.ruleId)}](${ruleDocsUrl(finding.scanner, finding.ruleId)})${finding.fix ? ' 🔧 fixable' : ''}`,
      codeSpan(locationText(finding)),
      escapeText(finding.message),
      finding.evidence !== undefined ? codeSpan(finding.evidence) : '',
    ]),
  );
  const table = fitRows(header, rows, budget, 'findings');
  if (findings.length <= collapseAbove) return `${table}\n\n`;
  return `<details>\n<summary>${findings.length} findings</summary>\n\n${table}\n\n</details>\n\n`;
}

/** Worst first, so a truncated table still shows what matters. */
function bySeverityThenLocation(a: Finding, b: Finding): number {
  const x = a.location;
  const y = b.location;
  return severityRank(b.severity) - severityRank(a.severity) || (x.path < y.path ? -1 : x.path > y.path ? 1 : 0) || x.startLine - y.startLine || (x.startColumn ?? 0) - (y.startColumn ?? 0);
}

function suppressedSection(result: ScanResult): string[] {
  if (result.suppressed.length === 0) return [];
  const header = ['| Rule | Location | Kind | Reason |', '| --- | --- | --- | --- |'];
  const rows = result.suppressed.map((finding) =>
    tableRow([escapeText(finding.ruleId), codeSpan(locationText(finding)), finding.suppressed!.kind, escapeText(finding.suppressed!.reason)]),
  );
  const table = fitRows(header, rows.slice(0, maxSecondaryRows), Infinity, 'suppressed findings', rows.length);
  return ['<details>', `<summary>${result.suppressed.length} suppressed</summary>`, '', table, '', '</details>', ''];
}

function errorsSection(result: ScanResult): string[] {
  if (result.errors.length === 0) return [];
  const items = result.errors.map((error) => `- ${codeSpan(`${error.path}${error.line ? `:${error.line}` : ''}`, false)} ${error.code}: ${escapeText(error.message)}`);
  return [`#### ⚠️ Scan errors (${result.errors.length})`, '', ...capList(items), ''];
}

const complianceIcon = { pass: '✅ pass', fail: '❌ fail', unknown: '❔ unknown', 'not-applicable': '➖ n/a' } as const;

function complianceSection(result: ScanResult): string[] {
  const summary = result.compliance;
  if (!summary) return [];
  const { pass, fail, notApplicable, unknown } = summary.totals;
  const rows = summary.controls.map((control) =>
    tableRow([escapeText(control.id), complianceIcon[control.status], String(control.passed), String(control.failed), String(control.suppressed), String(control.unknown), control.rules.map((rule) => codeSpan(rule)).join(', ')]),
  );
  return [
    `#### Compliance: ${escapeText(summary.title)}`,
    '',
    `${pass} pass · ${fail} fail · ${unknown} unknown · ${notApplicable} not applicable`,
    '',
    tableRow(['Control', 'Status', 'Passed', 'Failed', 'Suppressed', 'Unknown', 'Rules']),
    tableRow(['---', '---', '---:', '---:', '---:', '---:', '---']),
    ...rows,
    '',
  ];
}

function noticesSection(result: ScanResult): string[] {
  if (result.notices.length === 0) return [];
  const items = result.notices.map((notice) => `- ${notice.path ? `${codeSpan(notice.path, false)} ` : ''}${notice.code}: ${escapeText(notice.message)}`);
  return [`#### Notices (${result.notices.length})`, '', ...capList(items), ''];
}

function capList(items: readonly string[]): string[] {
  if (items.length <= maxSecondaryRows) return [...items];
  return [...items.slice(0, maxSecondaryRows), `- … and ${items.length - maxSecondaryRows} more; see the full report`];
}

function footer({ tool, result }: ReportContext): string {
  const { files, durationMs } = result.stats;
  return `<sub>[rampart](${projectUrl}) ${escapeText(tool.version)} · ${files} file${files === 1 ? '' : 's'} scanned in ${(durationMs / 1000).toFixed(2)}s</sub>`;
}

function locationText(finding: Finding): string {
  const { path, startLine, commit, layer } = finding.location;
  const where = `${path}:${startLine}`;
  if (commit) return `${where} @ ${commit.slice(0, 12)}`;
  if (layer) return `${where} @ ${layer}`;
  return where;
}

/** Adds rows while they fit the budget; the rest are counted in a note after the table. */
function fitRows(header: readonly string[], rows: readonly string[], budget: number, noun: string, total = rows.length): string {
  const kept: string[] = [...header];
  let used = header.join('\n').length;
  for (const row of rows) {
    if (used + row.length + 1 > budget) break;
    kept.push(row);
    used += row.length + 1;
  }
  const omitted = total - (kept.length - header.length);
  if (omitted === 0) return kept.join('\n');
  return `${kept.join('\n')}\n\n_… ${omitted} more ${noun} not shown; use \`--format sarif\` or \`--format json\` for the full list._`;
}

/** Cells are already escaped; pipes inside them were escaped too, so joining with '|' is safe. */
function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function oneLine(text: string): string {
  const flat = text
    .replace(/\r\n|[\r\n\t]/g, ' ') // any line ending or tab, since a table row must stay on one line
    // oxlint-disable-next-line no-control-regex -- invisible control characters (an ANSI escape, NUL…) are what this removes
    .replace(/[\u0000-\u001F\u007F]/g, '\uFFFD');
  return flat.length > maxCellChars ? `${flat.slice(0, maxCellChars - 1)}…` : flat;
}

/**
 * Plain text in a table cell: HTML markup characters become entities so the text cannot open a
 * tag, and Markdown punctuation is backslash-escaped, including the pipe that would end the cell.
 */
export function escapeText(text: string): string {
  return oneLine(text)
    .replace(/[&<>]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[char]!) // HTML's markup characters
    .replace(/[\\`*_[\]|~$]/g, '\\$&'); // punctuation that could start emphasis, a link, code, math or a new cell
}

/**
 * Inline code that may itself contain backticks: the fence is one backtick longer than the longest
 * run inside, with a space of padding when the content touches a backtick or a space. In a table,
 * pipes are backslash-escaped because GFM splits cells before it reads code spans.
 */
export function codeSpan(text: string, isInTable = true): string {
  const flat = oneLine(text);
  if (flat.length === 0) return '';
  // Each run of consecutive backticks, to find the longest.
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const needsPadding = /^[` ]|[` ]$/.test(flat); // content starting or ending with a backtick or a space
  const body = needsPadding ? ` ${flat} ` : flat;
  const span = `${fence}${body}${fence}`;
  return isInTable ? span.replace(/\|/g, '\\|') : span; // every pipe, so it cannot end the table cell
}
