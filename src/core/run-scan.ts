import type { ConfigException } from './config.ts';
import { addRuleOutcomes, type Finding, type RuleOutcomeCount, type ScanError, type ScanNotice, type ScanResult, type ScanTarget } from './finding.ts';
import { indexRules, readAndScanFile, type FileOutcome, type FileScanSettings } from './scan-file.ts';
import type { Scanner } from './scanner.ts';
import { confidenceRank, severityRank, type Confidence } from './severity.ts';
import type { SourceFile } from './source-file.ts';
import { buildExceptionMatcher } from './suppressions.ts';

export interface ScanRequest {
  target: ScanTarget;
  files: AsyncIterable<SourceFile>;
  scanners: readonly Scanner[];
  /** Notices and errors the source already produced (skipped files, symlinks). */
  sourceNotices?: () => { notices: ScanNotice[]; errors: ScanError[]; skipped: number };
  exceptions?: readonly ConfigException[];
  exceptionLines?: readonly number[];
  configPath?: string;
  baseline?: ReadonlySet<string>;
  showSecrets?: boolean;
  /** YYYY-MM-DD, for exception expiry. */
  today: string;
  /** Findings less sure than this are dropped with one notice saying how many (default: report all). */
  minConfidence?: Confidence;
  onProgress?: (progress: { files: number; bytes: number; findings: number; path: string }) => void;
  processFiles?: FileProcessor;
}

/** How many files are read and scanned concurrently in-process (I/O overlaps scanning). */
const readAhead = 16;

/**
 * Turns source files into per-file outcomes. The default runs in-process; the CLI may pass a
 * worker pool that does the same work on other cores.
 */
export type FileProcessor = (files: AsyncIterable<SourceFile>, settings: FileScanSettings) => AsyncIterable<FileOutcome>;

/** Runs every scanner on every file it claims, then finalizes and post-processes the findings. */
export async function runScan(request: ScanRequest): Promise<ScanResult> {
  const startedAt = performance.now();
  const settings: FileScanSettings = { scanners: request.scanners, rulesByKey: indexRules(request.scanners), showSecrets: request.showSecrets ?? false };
  const raw: Finding[] = [];
  const inlineSuppressed: Finding[] = [];
  const errors: ScanError[] = [];
  const notices: ScanNotice[] = [];
  const ruleOutcomes: Record<string, RuleOutcomeCount> = {};
  const stats: ScanResult['stats'] = { files: 0, bytes: 0, durationMs: 0, skipped: 0, byScanner: {} };
  for (const scanner of request.scanners) stats.byScanner[scanner.name] = { files: 0, findings: 0 };
  const processFiles = request.processFiles ?? processInProcess;

  for await (const outcome of processFiles(request.files, settings)) {
    // Loops, not push(...list): one file may yield more findings than a call can take arguments (160,000 from a 5 MB module).
    for (const error of outcome.errors) errors.push(error);
    for (const notice of outcome.notices) notices.push(notice);
    addRuleOutcomes(ruleOutcomes, outcome.ruleOutcomes);
    for (const finding of outcome.findings) raw.push(finding);
    for (const finding of outcome.inlineSuppressed) inlineSuppressed.push(finding);
    if (outcome.bytes === undefined) {
      if (outcome.errors.length === 0) stats.skipped++;
      continue;
    }
    stats.files++;
    stats.bytes += outcome.bytes;
    for (const name of outcome.scannedBy) stats.byScanner[name]!.files++;
    request.onProgress?.({ files: stats.files, bytes: stats.bytes, findings: raw.length, path: outcome.path });
  }

  // Files finish in a different order from run to run with workers: the report lists their notices by path.
  notices.sort((a, b) => compareText(a.path ?? '', b.path ?? ''));
  const sourceReport = request.sourceNotices?.() ?? { notices: [], errors: [], skipped: 0 };
  for (const scanner of request.scanners) notices.push(...(scanner.scanNotices?.({ files: stats.byScanner[scanner.name]!.files }) ?? []));
  errors.push(...sourceReport.errors);
  stats.skipped += sourceReport.skipped;
  const exceptions = buildExceptionMatcher(request.exceptions ?? [], request.today, request.configPath, request.exceptionLines ?? []);
  const { kept: confident, hiddenCount } = dropLowConfidence(dedupe(raw), request.minConfidence ?? 'low');
  if (hiddenCount > 0) notices.push(hiddenFindingsNotice(hiddenCount, request.minConfidence ?? 'low'));
  const { findings, suppressed } = applyPostProcessing(confident, exceptions.match, request.baseline);
  for (const finding of findings) stats.byScanner[finding.scanner]!.findings++;
  stats.durationMs = Math.round(performance.now() - startedAt);
  return {
    target: request.target,
    findings: sortFindings(findings),
    suppressed: sortFindings([...inlineSuppressed, ...suppressed]),
    errors: errors.sort((a, b) => a.path.localeCompare(b.path) || (a.line ?? 0) - (b.line ?? 0)),
    notices: [...sourceReport.notices, ...notices, ...exceptions.notices],
    stats,
    ruleOutcomes,
  };
}

/** In-process: keeps a window of files reading and scanning so disk waits overlap CPU work. */
export async function* processInProcess(files: AsyncIterable<SourceFile>, settings: FileScanSettings): AsyncGenerator<FileOutcome> {
  const pending: Promise<FileOutcome>[] = [];
  for await (const file of files) {
    pending.push(readAndScanFile(file, settings));
    if (pending.length >= readAhead) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}

function dropLowConfidence(findings: Finding[], minConfidence: Confidence): { kept: Finding[]; hiddenCount: number } {
  const threshold = confidenceRank(minConfidence);
  const kept = findings.filter((finding) => confidenceRank(finding.confidence) >= threshold);
  return { kept, hiddenCount: findings.length - kept.length };
}

function hiddenFindingsNotice(count: number, minConfidence: Confidence): ScanNotice {
  const lower = minConfidence === 'high' ? 'medium' : 'low';
  return {
    code: 'RAMPART_N_LOW_CONFIDENCE_HIDDEN',
    message: `${count} finding${count === 1 ? '' : 's'} below ${minConfidence} confidence (hygiene checks that are not exploitable on their own) not shown; --min-confidence ${lower} shows them`,
  };
}

/** The same rule at the same place is one finding, even when two decoders reach it. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const { path, startLine, startColumn, commit, layer } = finding.location;
    // Several advisories can land on one package line: the vulnerability id keeps them apart. IaC
    // instances of one block (count, for_each, a module called twice) share a line; their
    // messages name the instance.
    const instance = finding.scanner === 'iac' ? finding.message : '';
    const key = `${finding.ruleId}\0${commit ?? ''}\0${layer ?? ''}\0${path}\0${startLine}\0${startColumn ?? 0}\0${finding.evidence ?? ''}\0${finding.vulnerability?.id ?? ''}\0${instance}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function applyPostProcessing(
  findings: Finding[],
  matchException: (finding: Finding) => ConfigException | undefined,
  baseline: ReadonlySet<string> | undefined,
): { findings: Finding[]; suppressed: Finding[] } {
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const finding of findings) {
    const exception = matchException(finding);
    if (exception) {
      suppressed.push({ ...finding, suppressed: { kind: 'exception', reason: `${exception.reason} (until ${exception.expires})` } });
    } else if (baseline?.has(finding.fingerprint)) {
      suppressed.push({ ...finding, suppressed: { kind: 'baseline', reason: 'present in baseline' } });
    } else {
      kept.push(finding);
    }
  }
  return { findings: kept, suppressed };
}

/** Stable order: path, commit, line, column, rule; severity breaks no ties so output is reproducible. */
// The order localeCompare gives, from one collator instead of one lookup per comparison.
const collator = new Intl.Collator();
const compareText = collator.compare;

export function sortFindings(findings: Finding[]): Finding[] {
  const compare = collator.compare;
  return findings.sort(
    (a, b) =>
      compare(a.location.path, b.location.path) ||
      compare(a.location.commit ?? '', b.location.commit ?? '') ||
      a.location.startLine - b.location.startLine ||
      (a.location.startColumn ?? 0) - (b.location.startColumn ?? 0) ||
      compare(a.ruleId, b.ruleId),
  );
}

export function exceedsFailOn(findings: readonly Finding[], failOn: string): boolean {
  if (failOn === 'never') return false;
  const threshold = severityRank(failOn as Finding['severity']);
  return findings.some((finding) => severityRank(finding.severity) >= threshold);
}
