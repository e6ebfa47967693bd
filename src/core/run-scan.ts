import type { ConfigException } from './config.ts';
import type { Finding, FindingDraft, ScanError, ScanNotice, ScanResult, ScanTarget } from './finding.ts';
import { fingerprintFinding } from './fingerprint.ts';
import { redact } from './redact.ts';
import type { RuleMeta } from './rule-meta.ts';
import type { Scanner } from './scanner.ts';
import { severityRank } from './severity.ts';
import type { SourceFile, SourceText } from './source-file.ts';
import { buildExceptionMatcher, findInlineSuppression } from './suppressions.ts';

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
  onProgress?: (progress: { files: number; bytes: number; findings: number; path: string }) => void;
}

/** How many files are read ahead while the current one is scanned. */
const readAhead = 16;

/** Runs every scanner on every file it claims, then finalizes and post-processes the findings. */
export async function runScan(request: ScanRequest): Promise<ScanResult> {
  const startedAt = performance.now();
  const rulesByKey = indexRules(request.scanners);
  const raw: Finding[] = [];
  const inlineSuppressed: Finding[] = [];
  const errors: ScanError[] = [];
  const stats: ScanResult['stats'] = { files: 0, bytes: 0, durationMs: 0, skipped: 0, byScanner: {} };
  for (const scanner of request.scanners) stats.byScanner[scanner.name] = { files: 0, findings: 0 };

  for await (const { file, text, error } of readFilesAhead(request.files)) {
    if (error) {
      errors.push(error);
      continue;
    }
    if (!text) {
      stats.skipped++;
      continue;
    }
    stats.files++;
    stats.bytes += text.bytes;
    const lines = splitLinesLazily(text.text);
    for (const scanner of request.scanners) {
      if (!scanner.claims(file)) continue;
      stats.byScanner[scanner.name]!.files++;
      let output;
      try {
        output = scanner.scanFile(file, text);
      } catch (cause) {
        errors.push({ path: file.path, code: 'RAMPART_E_RULE', message: `${scanner.name} scanner failed on this file: ${(cause as Error).message}` });
        continue;
      }
      errors.push(...output.errors);
      const occurrences = new Map<string, number>();
      for (const draft of output.drafts) {
        const rule = rulesByKey.get(`${scanner.name}\0${draft.ruleId}`);
        const finding = finalizeDraft(draft, scanner.name, rule, file, text, occurrences, request.showSecrets ?? false);
        const suppression = findInlineSuppression(finding, draft.startLine, lines);
        if (suppression) inlineSuppressed.push({ ...finding, suppressed: { kind: 'inline', reason: suppression.reason } });
        else raw.push(finding);
      }
    }
    request.onProgress?.({ files: stats.files, bytes: stats.bytes, findings: raw.length, path: file.path });
  }

  const sourceReport = request.sourceNotices?.() ?? { notices: [], errors: [], skipped: 0 };
  errors.push(...sourceReport.errors);
  stats.skipped += sourceReport.skipped;
  const exceptions = buildExceptionMatcher(request.exceptions ?? [], request.today, request.configPath, request.exceptionLines ?? []);
  const { findings, suppressed } = applyPostProcessing(dedupe(raw), exceptions.match, request.baseline);
  for (const finding of findings) stats.byScanner[finding.scanner]!.findings++;
  stats.durationMs = Math.round(performance.now() - startedAt);
  return {
    target: request.target,
    findings: sortFindings(findings),
    suppressed: sortFindings([...inlineSuppressed, ...suppressed]),
    errors: errors.sort((a, b) => a.path.localeCompare(b.path) || (a.line ?? 0) - (b.line ?? 0)),
    notices: [...sourceReport.notices, ...exceptions.notices],
    stats,
  };
}

interface ReadOutcome {
  file: SourceFile;
  text?: SourceText | null;
  error?: ScanError;
}

function readOutcome(file: SourceFile): Promise<ReadOutcome> {
  return file.read().then(
    (text) => ({ file, text }),
    (cause: Error) => ({ file, error: { path: file.path, code: 'RAMPART_E_READ', message: cause.message } }),
  );
}

async function* readFilesAhead(files: AsyncIterable<SourceFile>): AsyncGenerator<ReadOutcome> {
  const pending: Promise<ReadOutcome>[] = [];
  const read = readOutcome;
  for await (const file of files) {
    pending.push(read(file));
    if (pending.length >= readAhead) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}

function indexRules(scanners: readonly Scanner[]): Map<string, RuleMeta> {
  const index = new Map<string, RuleMeta>();
  for (const scanner of scanners) for (const rule of scanner.rules()) index.set(`${scanner.name}\0${rule.id}`, rule);
  return index;
}

function finalizeDraft(
  draft: FindingDraft,
  scanner: string,
  rule: RuleMeta | undefined,
  file: SourceFile,
  text: SourceText,
  occurrences: Map<string, number>,
  showSecrets: boolean,
): Finding {
  const mapLine = text.lineMap ?? ((line: number) => line);
  const content = draft.fingerprintContent ?? draft.secret ?? draft.message;
  const occurrenceKey = `${draft.ruleId}\0${content}`;
  const occurrence = occurrences.get(occurrenceKey) ?? 0;
  occurrences.set(occurrenceKey, occurrence + 1);
  const scope = file.origin?.commit ? `${file.origin.commit}:${file.path}` : file.origin?.layer ? `${file.origin.layer}:${file.path}` : file.path;
  const finding: Finding = {
    ruleId: draft.ruleId,
    scanner,
    severity: draft.severity ?? rule?.severity ?? 'medium',
    confidence: draft.confidence ?? rule?.confidence ?? 'medium',
    title: rule?.title ?? draft.ruleId,
    message: draft.message,
    location: {
      path: file.path,
      startLine: mapLine(draft.startLine),
      startColumn: draft.startColumn,
      endLine: mapLine(draft.endLine),
      endColumn: draft.endColumn,
      ...(file.origin?.commit ? { commit: file.origin.commit } : {}),
      ...(file.origin?.author ? { author: file.origin.author } : {}),
      ...(file.origin?.date ? { date: file.origin.date } : {}),
      ...(file.origin?.layer ? { layer: file.origin.layer } : {}),
    },
    fingerprint: fingerprintFinding(draft.ruleId, scope, content, occurrence),
  };
  if (draft.secret !== undefined) finding.evidence = showSecrets ? draft.secret : redact(draft.secret);
  if (rule?.equivalents?.length) finding.equivalents = rule.equivalents;
  if (rule?.tags?.length) finding.tags = rule.tags;
  if (draft.fix) finding.fix = draft.fix;
  return finding;
}

/** The same rule at the same place is one finding, even when two decoders reach it. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const { path, startLine, startColumn, commit, layer } = finding.location;
    const key = `${finding.ruleId}\0${commit ?? ''}\0${layer ?? ''}\0${path}\0${startLine}\0${startColumn ?? 0}\0${finding.evidence ?? ''}`;
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
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.location.path.localeCompare(b.location.path) ||
      (a.location.commit ?? '').localeCompare(b.location.commit ?? '') ||
      a.location.startLine - b.location.startLine ||
      (a.location.startColumn ?? 0) - (b.location.startColumn ?? 0) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

export function exceedsFailOn(findings: readonly Finding[], failOn: string): boolean {
  if (failOn === 'never') return false;
  const threshold = severityRank(failOn as Finding['severity']);
  return findings.some((finding) => severityRank(finding.severity) >= threshold);
}

/** Lines of a text on demand, for inline suppression lookups. */
function splitLinesLazily(text: string): (line: number) => string {
  let lines: string[] | undefined;
  return (line) => {
    lines ??= text.split('\n');
    return (lines[line - 1] ?? '').replace(/\r$/, '');
  };
}
