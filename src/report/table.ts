import pc from 'picocolors';
import type { ComplianceSummary, Finding } from '../core/finding.ts';
import type { Severity } from '../core/severity.ts';
import type { Reporter } from './reporter.ts';

type Paint = (text: string) => string;

/** Human report: findings grouped by file, then errors, notices and a one-line summary. */
export const tableReporter: Reporter = {
  format: 'table',
  extension: 'txt',
  render({ result, color }) {
    const colors = pc.createColors(color);
    const severityPaint: Record<Severity, Paint> = {
      critical: (t) => colors.bold(colors.red(t)),
      high: colors.red,
      medium: colors.yellow,
      low: colors.cyan,
      info: colors.dim,
    };
    const out: string[] = [];
    for (const [group, findings] of groupByFile(result.findings)) {
      out.push(colors.bold(colors.underline(group)));
      const rows = findings.map((finding) => [
        `${finding.location.startLine}:${finding.location.startColumn ?? 1}`,
        finding.severity.toUpperCase(),
        finding.ruleId,
        finding.message + (finding.evidence ? `  ${finding.evidence}` : '') + (finding.fix ? '  [fixable: rampart fix]' : ''),
      ]);
      const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
      rows.forEach((row, index) => {
        const severity = findings[index]!.severity;
        const cells = [colors.dim(row[0]!.padEnd(widths[0]!)), severityPaint[severity](row[1]!.padEnd(widths[1]!)), row[2]!.padEnd(widths[2]!), row[3]!];
        out.push(`  ${cells.join('  ')}`);
        const { author, date } = findings[index]!.location;
        if (author || date) out.push(`  ${' '.repeat(widths[0]!)}  ${colors.dim(`${author ?? ''} ${date ?? ''}`.trim())}`);
      });
      out.push('');
    }
    if (result.errors.length > 0) {
      out.push(colors.bold(colors.yellow(`Scan errors (${result.errors.length}):`)));
      for (const error of result.errors) out.push(`  ${error.path}${error.line ? `:${error.line}` : ''}  ${error.code}  ${error.message}`);
      out.push('');
    }
    if (result.compliance) out.push(...complianceLines(result.compliance, colors), '');
    if (result.notices.length > 0) {
      out.push(colors.bold(`Notices (${result.notices.length}):`));
      for (const notice of result.notices) out.push(`  ${notice.path ? `${notice.path}  ` : ''}${notice.message}`);
      out.push('');
    }
    out.push(summaryLine(result.findings, result.suppressed.length, result.stats.files, result.stats.durationMs, colors.bold));
    return `${out.join('\n')}\n`;
  },
};

const statusLabel = { pass: 'PASS', fail: 'FAIL', unknown: 'UNKNOWN', 'not-applicable': 'N/A' } as const;

/** One row per control: status, check counts, and the rules that check it. */
function complianceLines(summary: ComplianceSummary, colors: ReturnType<typeof pc.createColors>): string[] {
  const { pass, fail, notApplicable, unknown } = summary.totals;
  const lines = [colors.bold(`Compliance: ${summary.title} (${summary.framework}): ${pass} pass, ${fail} fail, ${unknown} unknown, ${notApplicable} not applicable`)];
  const paint = { pass: colors.green, fail: colors.red, unknown: colors.yellow, 'not-applicable': colors.dim } as const;
  const idWidth = Math.max(7, ...summary.controls.map((control) => control.id.length));
  lines.push(colors.dim(`  ${'control'.padEnd(idWidth)}  status   passed  failed  suppressed  unknown  rules`));
  for (const control of summary.controls) {
    const counts = [control.passed, control.failed, control.suppressed, control.unknown].map((count, index) => String(count).padStart([6, 6, 10, 7][index]!)).join('  ');
    lines.push(`  ${control.id.padEnd(idWidth)}  ${paint[control.status](statusLabel[control.status].padEnd(7))}  ${counts}  ${control.rules.join(', ')}`);
  }
  return lines;
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = finding.location.commit ? `${finding.location.path} @ ${finding.location.commit.slice(0, 12)}` : finding.location.layer ? `${finding.location.path} @ ${finding.location.layer.slice(0, 19)}` : finding.location.path;
    const list = groups.get(key) ?? [];
    list.push(finding);
    groups.set(key, list);
  }
  return groups;
}

function summaryLine(findings: readonly Finding[], suppressed: number, files: number, durationMs: number, bold: Paint): string {
  const counts = new Map<Severity, number>();
  for (const finding of findings) counts.set(finding.severity, (counts.get(finding.severity) ?? 0) + 1);
  const bySeverity = (['critical', 'high', 'medium', 'low', 'info'] as const)
    .filter((severity) => counts.has(severity))
    .map((severity) => `${counts.get(severity)} ${severity}`)
    .join(', ');
  const head = findings.length === 0 ? 'No findings' : `${findings.length} finding${findings.length === 1 ? '' : 's'} (${bySeverity})`;
  const tail = `${files} file${files === 1 ? '' : 's'} scanned in ${(durationMs / 1000).toFixed(2)}s${suppressed ? `, ${suppressed} suppressed` : ''}`;
  return `${bold(head)} · ${tail}`;
}
