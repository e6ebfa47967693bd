import type { FindingDraft, RuleOutcomeCount, ScanError, ScanNotice } from './finding.ts';
import type { RuleMeta } from './rule-meta.ts';
import type { SourceFile, SourceText } from './source-file.ts';

export interface ScanContext {
  /** Per-scanner section of the user's config, already validated. */
  config: unknown;
}

export interface FileScanOutput {
  drafts: FindingDraft[];
  errors: ScanError[];
  /** Things the user should know about this file that are not errors (an include that was not followed). */
  notices?: ScanNotice[];
  /** How often each rule passed, failed or could not decide, for compliance summaries (rules that judge resources report these). */
  ruleOutcomes?: Record<string, RuleOutcomeCount>;
}

/** A kind of scanner (secrets, pipeline, iac …). Claims the files it wants, parses once, runs its rules. */
export interface Scanner {
  readonly name: string;
  /** True for scanners that also read image files a later layer deleted or replaced (leaked content stays in the layer). */
  readonly scansShadowedFiles?: boolean;
  /** Metadata for every rule the scanner can report, for SARIF and docs. */
  rules(): readonly RuleMeta[];
  claims(file: SourceFile): boolean;
  scanFile(file: SourceFile, text: SourceText): FileScanOutput;
  /** Notices about the whole scan rather than one file (a missing database); asked once, after the files. */
  scanNotices?(summary: ScannerSummary): ScanNotice[];
}

/** What the scan did with one scanner, across every thread, for its whole-scan notices. */
export interface ScannerSummary {
  /** Files the scanner claimed and scanned. */
  files: number;
}

/** Lazily builds a scanner so `rampart --version` never loads rule sets. */
export interface ScannerFactory {
  readonly name: string;
  readonly summary: string;
  /** Runs when neither --scanners nor the config names scanners. Off while a scanner is still partial. */
  readonly isDefault: boolean;
  create(config: unknown): Promise<Scanner>;
}
