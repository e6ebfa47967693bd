import type { CorpusLabels, LineLabel } from './labels.ts';

/** The parts of a rampart JSON finding the scorer reads. */
export interface ReportedFinding {
  ruleId: string;
  evidence?: string;
  location: { path: string; startLine: number; commit?: string };
}

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface FalsePositive {
  key: string;
  syntax: string;
  trapKind: string;
  rules: string[];
  evidence: string;
}

export interface Score {
  overall: Tally;
  bySyntax: Map<string, Tally>;
  bySecretKind: Map<string, Tally>;
  /** Traps of each kind, and how many of them drew a finding. */
  byTrapKind: Map<string, { traps: number; fired: number }>;
  falsePositives: FalsePositive[];
  falseNegatives: LineLabel[];
}

/** Lines are the unit: one labelled line is found or not, whatever rule (or how many) reported it. */
function keyOf(path: string, line: number, commit?: string): string {
  return `${commit ? `${commit.slice(0, 12)}:` : ''}${path}:${line}`;
}

const emptyTally = (): Tally => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });

function bump(map: Map<string, Tally>, key: string, field: keyof Tally): void {
  const tally = map.get(key) ?? emptyTally();
  tally[field]++;
  map.set(key, tally);
}

/** Matches findings to labels by path and line (and commit for history findings). */
export function scoreFindings(labels: CorpusLabels, directoryFindings: ReportedFinding[], historyFindings: ReportedFinding[]): Score {
  const allLabels = [...labels.labels, ...labels.history.labels];
  const labelByKey = new Map<string, LineLabel>();
  for (const label of allLabels) labelByKey.set(keyOf(label.path, label.line, label.commit), label);
  const syntaxByPath = new Map(labels.files.map((file) => [file.path, file.syntax]));
  const found = new Map<string, ReportedFinding[]>();
  for (const finding of directoryFindings) {
    const key = keyOf(finding.location.path, finding.location.startLine);
    found.set(key, [...(found.get(key) ?? []), finding]);
  }
  for (const finding of historyFindings) {
    const key = keyOf(finding.location.path, finding.location.startLine, finding.location.commit);
    found.set(key, [...(found.get(key) ?? []), finding]);
  }
  const score: Score = { overall: emptyTally(), bySyntax: new Map(), bySecretKind: new Map(), byTrapKind: new Map(), falsePositives: [], falseNegatives: [] };
  for (const label of allLabels) {
    const isFound = found.has(keyOf(label.path, label.line, label.commit));
    if (label.type === 'trap') {
      const entry = score.byTrapKind.get(label.kind) ?? { traps: 0, fired: 0 };
      entry.traps++;
      if (isFound) entry.fired++;
      score.byTrapKind.set(label.kind, entry);
      continue;
    }
    const field = isFound ? 'truePositives' : 'falseNegatives';
    score.overall[field]++;
    bump(score.bySyntax, label.commit ? `history:${label.syntax}` : label.syntax, field);
    bump(score.bySecretKind, label.kind, field);
    if (!isFound) score.falseNegatives.push(label);
  }
  for (const [key, findings] of found) {
    const label = labelByKey.get(key);
    if (label?.type === 'secret') continue;
    const first = findings[0]!;
    const syntax = label?.syntax ?? syntaxByPath.get(first.location.path) ?? (first.location.commit ? 'history' : 'unknown');
    score.overall.falsePositives++;
    bump(score.bySyntax, first.location.commit ? `history:${syntax}` : syntax, 'falsePositives');
    score.falsePositives.push({ key, syntax, trapKind: label?.kind ?? 'unlabelled', rules: [...new Set(findings.map((f) => f.ruleId))], evidence: first.evidence ?? '' });
  }
  return score;
}

export function precision(tally: Tally): number {
  const reported = tally.truePositives + tally.falsePositives;
  return reported === 0 ? 1 : tally.truePositives / reported;
}

export function recall(tally: Tally): number {
  const actual = tally.truePositives + tally.falseNegatives;
  return actual === 0 ? 1 : tally.truePositives / actual;
}

export function f1(tally: Tally): number {
  const p = precision(tally);
  const r = recall(tally);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
