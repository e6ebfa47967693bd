import { addRuleOutcomes, type Finding, type FindingDraft, type RuleOutcomeCount, type ScanError, type ScanNotice } from './finding.ts';
import { fingerprintFinding } from './fingerprint.ts';
import { redact } from './redact.ts';
import type { RuleMeta } from './rule-meta.ts';
import type { FileScanOutput, Scanner } from './scanner.ts';
import { isBinaryBuffer, type SourceFile, type SourceText } from './source-file.ts';
import { findInlineSuppression } from './suppressions.ts';

/** Everything one file contributed; plain data so it can cross a worker boundary. */
export interface FileOutcome {
  path: string;
  /** Bytes scanned; undefined when the file was skipped (binary, too large, unreadable). */
  bytes?: number;
  findings: Finding[];
  inlineSuppressed: Finding[];
  errors: ScanError[];
  notices: ScanNotice[];
  /** Scanners that claimed the file. */
  scannedBy: string[];
  ruleOutcomes?: Record<string, RuleOutcomeCount>;
}

export interface FileScanSettings {
  scanners: readonly Scanner[];
  rulesByKey: ReadonlyMap<string, RuleMeta>;
  showSecrets: boolean;
}

export function indexRules(scanners: readonly Scanner[]): Map<string, RuleMeta> {
  const index = new Map<string, RuleMeta>();
  for (const scanner of scanners) for (const rule of scanner.rules()) index.set(`${scanner.name}\0${rule.id}`, rule);
  return index;
}

/** Reads one file and runs every claiming scanner on it; never throws. */
export async function readAndScanFile(file: SourceFile, settings: FileScanSettings): Promise<FileOutcome> {
  try {
    const byPath = binaryScannersFor(file, settings, (claims) => claims.path(file.path));
    if (byPath.length > 0) return await scanBinaryFile(file, byPath, settings);
    const text = await file.read();
    if (text) return scanSourceText(file, text, settings);
    return await sniffBinaryFile(file, settings);
  } catch (cause) {
    return emptyOutcome(file.path, { errors: [{ path: file.path, code: 'RAMPART_E_READ', message: (cause as Error).message }] });
  }
}

/** Scanners that may read this file's bytes and claim it through `pick`; none for diff fragments. */
function binaryScannersFor(file: SourceFile, settings: FileScanSettings, pick: (claims: NonNullable<Scanner['binaryClaims']>) => boolean): Scanner[] {
  if (file.isDiffFragment || !file.readBytes) return [];
  return settings.scanners.filter((scanner) => scanner.binaryClaims && scanner.scanBytes && !(file.origin?.isShadowed && !scanner.scansShadowedFiles) && pick(scanner.binaryClaims));
}

/** A file that read as no text (binary, or over the text limit): executables are claimed by their first bytes. */
async function sniffBinaryFile(file: SourceFile, settings: FileScanSettings): Promise<FileOutcome> {
  if (!file.readHead || binaryScannersFor(file, settings, (claims) => claims.head !== undefined).length === 0) return emptyOutcome(file.path, {});
  const head = await file.readHead();
  const byHead = binaryScannersFor(file, settings, (claims) => claims.head?.(file.path, head) ?? false);
  if (byHead.length === 0) return emptyOutcome(file.path, {});
  if (file.withByteRanges && byHead.every((scanner) => scanner.scanByteRanges)) {
    // Executables are claimed here: most are not what the scanner looks for, so only their headers are read.
    const outcome = await file.withByteRanges((ranges) => scanWith(file, { text: '', bytes: ranges.size }, byHead, settings, (scanner) => scanner.scanByteRanges!(file, ranges)));
    return outcome ?? emptyOutcome(file.path, {});
  }
  return scanBinaryFile(file, byHead, settings);
}

/** Runs the claiming scanners on the raw bytes; a file that is text after all also goes to the text scanners. */
async function scanBinaryFile(file: SourceFile, scanners: readonly Scanner[], settings: FileScanSettings): Promise<FileOutcome> {
  const bytes = await file.readBytes!();
  if (!bytes) return emptyOutcome(file.path, {});
  const outcome = scanWith(file, { text: '', bytes: bytes.length }, scanners, settings, (scanner) => scanner.scanBytes!(file, bytes));
  if (isBinaryBuffer(bytes)) return outcome;
  const text = await file.read();
  if (!text) return outcome;
  const others = scanSourceText(file, text, { ...settings, scanners: settings.scanners.filter((scanner) => !scanners.includes(scanner)) });
  return mergeOutcomes(outcome, others);
}

function mergeOutcomes(first: FileOutcome, second: FileOutcome): FileOutcome {
  const merged: FileOutcome = {
    path: first.path,
    bytes: first.bytes ?? second.bytes,
    findings: [...first.findings, ...second.findings],
    inlineSuppressed: [...first.inlineSuppressed, ...second.inlineSuppressed],
    errors: [...first.errors, ...second.errors],
    notices: [...first.notices, ...second.notices],
    scannedBy: [...first.scannedBy, ...second.scannedBy],
  };
  if (first.ruleOutcomes || second.ruleOutcomes) {
    merged.ruleOutcomes = {};
    addRuleOutcomes(merged.ruleOutcomes, first.ruleOutcomes);
    addRuleOutcomes(merged.ruleOutcomes, second.ruleOutcomes);
  }
  return merged;
}

/** Runs scanners on already-read text: finalizes drafts (redaction, fingerprints) and inline suppressions. */
export function scanSourceText(file: SourceFile, text: SourceText, settings: FileScanSettings): FileOutcome {
  const claiming = settings.scanners.filter((scanner) => !(file.origin?.isShadowed && !scanner.scansShadowedFiles) && scanner.claims(file));
  return scanWith(file, text, claiming, settings, (scanner) => scanner.scanFile(file, text));
}

/** Runs each scanner through `run` and finalizes what it reports; a scanner that throws becomes one error. */
function scanWith(file: SourceFile, text: SourceText, scanners: readonly Scanner[], settings: FileScanSettings, run: (scanner: Scanner) => FileScanOutput): FileOutcome {
  const outcome = emptyOutcome(file.path, {});
  outcome.bytes = text.bytes;
  const lines = splitLinesLazily(text.text);
  const relatedLines = new Map<string, (line: number) => string>();
  const linesOf = (path: string | undefined) => {
    if (path === undefined || path === file.path) return lines;
    let found = relatedLines.get(path);
    if (!found) relatedLines.set(path, (found = splitLinesLazily(file.related?.read(path) ?? '')));
    return found;
  };
  for (const scanner of scanners) {
    outcome.scannedBy.push(scanner.name);
    let output;
    try {
      output = run(scanner);
    } catch (cause) {
      outcome.errors.push({ path: file.path, code: 'RAMPART_E_RULE', message: `${scanner.name} scanner failed on this file: ${(cause as Error).message}` });
      continue;
    }
    outcome.errors.push(...output.errors);
    if (output.notices) outcome.notices.push(...output.notices);
    // One scanner's outcomes are taken as they are; only a second one's are merged in.
    if (output.ruleOutcomes) {
      if (outcome.ruleOutcomes) addRuleOutcomes(outcome.ruleOutcomes, output.ruleOutcomes);
      else outcome.ruleOutcomes = output.ruleOutcomes;
    }
    const occurrences = new Map<string, number>();
    for (const draft of output.drafts) {
      const rule = settings.rulesByKey.get(`${scanner.name}\0${draft.ruleId}`);
      const finding = finalizeDraft(draft, scanner.name, rule, file, text, occurrences, settings.showSecrets);
      const suppression = draft.suppressedBy !== undefined ? { reason: draft.suppressedBy } : findInlineSuppression(finding, draft.startLine, linesOf(draft.path));
      if (suppression) outcome.inlineSuppressed.push({ ...finding, suppressed: { kind: 'inline', reason: suppression.reason } });
      else outcome.findings.push(finding);
    }
  }
  return outcome;
}

function emptyOutcome(path: string, parts: Partial<FileOutcome>): FileOutcome {
  return { path, findings: [], inlineSuppressed: [], errors: [], notices: [], scannedBy: [], ...parts };
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
  // A finding placed in a related file (an include) counts lines in that file, not in this text.
  const isElsewhere = draft.path !== undefined && draft.path !== file.path;
  const path = isElsewhere ? draft.path! : file.path;
  const mapLine = (!isElsewhere && text.lineMap) || ((line: number) => line);
  const content = draft.fingerprintContent ?? draft.secret ?? draft.message;
  const occurrenceKey = `${draft.ruleId}\0${path}\0${content}`;
  const occurrence = occurrences.get(occurrenceKey) ?? 0;
  occurrences.set(occurrenceKey, occurrence + 1);
  const layer = file.origin?.layerDiffId ?? file.origin?.layer;
  const scope = file.origin?.commit ? `${file.origin.commit}:${path}` : layer ? `${layer}:${path}` : path;
  const finding: Finding = {
    ruleId: draft.ruleId,
    scanner,
    severity: draft.severity ?? rule?.severity ?? 'medium',
    confidence: draft.confidence ?? rule?.confidence ?? 'medium',
    title: rule?.title ?? draft.ruleId,
    message: draft.message,
    location: { path, startLine: mapLine(draft.startLine), startColumn: draft.startColumn, endLine: mapLine(draft.endLine), endColumn: draft.endColumn },
    fingerprint: fingerprintFinding(draft.ruleId, scope, content, occurrence),
  };
  // Assigned, not spread in: conditional spreads cost more than the rest of this function.
  const origin = file.origin;
  if (origin) {
    if (origin.commit) finding.location.commit = origin.commit;
    if (origin.author) finding.location.author = origin.author;
    if (origin.date) finding.location.date = origin.date;
    if (origin.layer) finding.location.layer = origin.layer;
    if (origin.layerCreatedBy) finding.location.layerCreatedBy = origin.layerCreatedBy;
  }
  if (draft.secret !== undefined) finding.evidence = showSecrets ? draft.secret : redact(draft.secret);
  if (rule?.equivalents?.length) finding.equivalents = rule.equivalents;
  if (rule?.tags?.length) finding.tags = rule.tags;
  if (draft.fix) finding.fix = draft.fix;
  if (draft.package) finding.package = draft.package;
  if (draft.vulnerability) finding.vulnerability = draft.vulnerability;
  return finding;
}

/** Lines of a text on demand, for inline suppression lookups. */
function splitLinesLazily(text: string): (line: number) => string {
  let lines: string[] | undefined;
  return (line) => {
    lines ??= text.split('\n');
    return (lines[line - 1] ?? '').replace(/\r$/, '');
  };
}
