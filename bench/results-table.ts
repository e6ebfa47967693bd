import type { Measurement } from './measure.ts';

export interface ToolResult {
  label: string;
  /** What was scanned: "full corpus", "half corpus", "sample (extrapolated)". */
  scope: string;
  bytes: number;
  measurement: Measurement;
  findings?: number;
}

export interface TargetCheck {
  name: string;
  actual: string;
  isMet: boolean | undefined;
}

const megabyte = 1_000_000;

export function throughputMbPerSecond(result: ToolResult): number {
  return result.bytes / megabyte / (result.measurement.wallMs / 1000);
}

export function peakMegabytes(result: ToolResult): number {
  return result.measurement.peakRssBytes / megabyte;
}

/** A plain-text table, padded to the widest cell of each column. */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export function renderToolResults(results: readonly ToolResult[]): string {
  return renderTable(
    ['tool', 'scope', 'MB', 'wall s', 'MB/s', 'peak RSS MB', 'findings'],
    results.map((result) => [
      result.label,
      result.scope,
      (result.bytes / megabyte).toFixed(1),
      (result.measurement.wallMs / 1000).toFixed(2),
      throughputMbPerSecond(result).toFixed(1),
      peakMegabytes(result).toFixed(0),
      result.findings === undefined ? '' : String(result.findings),
    ]),
  );
}

export function renderTargets(targets: readonly TargetCheck[]): string {
  return renderTable(
    ['target', 'measured', 'holds'],
    targets.map((target) => [target.name, target.actual, target.isMet === undefined ? 'n/a' : target.isMet ? 'yes' : 'NO']),
  );
}
