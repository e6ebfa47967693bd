import type { FindingDraft, RuleOutcomeCount, ScanError, ScanNotice } from './finding.ts';
import type { RuleMeta } from './rule-meta.ts';
import type { ByteRanges, SourceFile, SourceText } from './source-file.ts';

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
  /** Binary inputs this scanner parses; with it, `scanBytes` is required. */
  readonly binaryClaims?: BinaryClaims;
  /** Scans the raw bytes of a file claimed through `binaryClaims` (never a diff fragment). */
  scanBytes?(file: SourceFile, bytes: Uint8Array): FileScanOutput;
  /**
   * Scans a file claimed through `binaryClaims.head` by reading only the ranges it needs. Used
   * instead of `scanBytes` when the source offers ranges (files on disk) and every scanner that
   * claimed the file has this method; the size limit for whole reads does not apply.
   */
  scanByteRanges?(file: SourceFile, ranges: ByteRanges): FileScanOutput;
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

/**
 * The binary-input contract. Most files reach scanners as text and binaries are skipped; a
 * scanner that parses binary files (rpm databases, Java archives, executables) claims them here
 * and then gets their raw bytes through `scanBytes` instead of `scanFile`.
 *
 * - `path` decides from the repo-relative path alone, before anything is read, so the source
 *   reads bytes only for files some scanner wants (rpmdb.sqlite, `*.jar`).
 * - `head` is asked only for files that no scanner claimed by path and whose content turned out
 *   binary (or too large to read as text), with their first `headBytes` bytes: executables of any
 *   name are claimed by their magic number (ELF `7f 45 4c 46`, Mach-O, PE `MZ`).
 * - A claimed file is read whole up to the source's binary size limit (config
 *   `maxBinaryFileBytes`, default 256 MiB); a bigger one is skipped with RAMPART_N_FILE_TOO_LARGE.
 * - When a file claimed by path turns out to be text, the text scanners still see it as usual.
 * - Image files a later layer deleted reach `scanBytes` only for scanners with `scansShadowedFiles`.
 * Findings from bytes have no lines to point at: drafts use line 1.
 */
export interface BinaryClaims {
  path(path: string): boolean;
  head?(path: string, head: Uint8Array): boolean;
}

/** What any of the scanners claims, for sources that must decide while streaming which files to keep whole (image layers). */
export function combinedBinaryClaims(scanners: readonly Scanner[]): BinaryClaims | undefined {
  const claims = scanners.flatMap((scanner) => (scanner.binaryClaims && scanner.scanBytes ? [scanner.binaryClaims] : []));
  if (claims.length === 0) return undefined;
  return {
    path: (path) => claims.some((claim) => claim.path(path)),
    head: (path, head) => claims.some((claim) => claim.head?.(path, head) ?? false),
  };
}
