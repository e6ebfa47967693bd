import type { ScanResult } from '../core/finding.ts';
import type { RuleMeta } from '../core/rule-meta.ts';

export interface ReportRule extends RuleMeta {
  scanner: string;
}

export interface ReportContext {
  result: ScanResult;
  /** Metadata of every rule that ran, for SARIF rule descriptors and help text. */
  rules: readonly ReportRule[];
  tool: { name: 'rampart'; version: string };
  /** ANSI colour allowed (TTY and not NO_COLOR / --no-color). */
  color: boolean;
  /** The --fail-on threshold, for summaries. */
  failOn: string;
}

export interface Reporter {
  format: string;
  /** File extension for --output defaults and docs. */
  extension: string;
  render(context: ReportContext): string;
}
