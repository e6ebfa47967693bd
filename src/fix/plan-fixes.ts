import { parseDocument } from 'yaml';
import type { Finding, Fix } from '../core/finding.ts';
import { applyEditGroups, type EditGroup } from './apply-edits.ts';
import { resolveFixEdits, type GitRefResolver } from './resolve-edits.ts';

/** What happened to one fix. */
export type FixStatus =
  | 'applied'
  | 'unsafe-skipped'
  | 'conflict'
  | 'needs-network'
  | 'ref-not-found'
  | 'lookup-failed'
  | 'breaks-yaml'
  | 'stale';

export interface FixReport {
  path: string;
  line: number;
  ruleIds: string[];
  title: string;
  safety: Fix['safety'];
  status: FixStatus;
  /** Why it was not applied, or what a lookup found. */
  message?: string;
}

export interface FilePlan {
  path: string;
  before: string;
  after: string;
}

export interface FixPlan {
  /** Files whose text the applied fixes change. */
  files: FilePlan[];
  /** Every fix the selected findings carry, in file and line order. */
  fixes: FixReport[];
}

export interface FixRequest {
  findings: readonly Finding[];
  /** Rule ids (or their equivalents) to fix; every rule when absent. */
  onlyRules?: ReadonlySet<string>;
  includeUnsafe: boolean;
  /** Undefined offline: fixes that need a lookup then fail as `needs-network`. */
  resolver: GitRefResolver | undefined;
  /** The current text of a file by its finding path; throws when unreadable. */
  readText(path: string): string;
}

/** One fix however many findings carry it (a step-wide fix is attached to each finding of the step). */
interface Candidate {
  key: string;
  fix: Fix;
  path: string;
  line: number;
  ruleIds: string[];
}

/** Works out, without writing anything, what the selected fixes do to each file. */
export async function planFixes(request: FixRequest): Promise<FixPlan> {
  const candidates = collectCandidates(request);
  const reports = new Map<string, FixReport>();
  const byPath = new Map<string, { candidate: Candidate; group: EditGroup }[]>();
  for (const candidate of candidates) {
    const report: FixReport = { path: candidate.path, line: candidate.line, ruleIds: candidate.ruleIds, title: candidate.fix.title, safety: candidate.fix.safety, status: 'applied' };
    reports.set(candidate.key, report);
    if (candidate.fix.safety === 'unsafe' && !request.includeUnsafe) {
      report.status = 'unsafe-skipped';
      continue;
    }
    if (candidate.fix.edits.some((edit) => edit.path !== candidate.path)) {
      Object.assign(report, { status: 'stale', message: 'edits another file than the finding (not supported)' });
      continue;
    }
    const resolved = await resolveFixEdits(candidate.fix, request.resolver);
    if (!resolved.ok) {
      Object.assign(report, { status: resolved.reason, message: resolved.message });
      continue;
    }
    if (resolved.detail) report.message = resolved.detail;
    const list = byPath.get(candidate.path) ?? [];
    list.push({ candidate, group: { key: candidate.key, edits: resolved.edits } });
    byPath.set(candidate.path, list);
  }
  const files: FilePlan[] = [];
  for (const [path, groups] of byPath) {
    const file = planFile(path, groups.map((item) => item.group), request.readText, reports);
    if (file) files.push(file);
  }
  return { files, fixes: [...reports.values()] };
}

function collectCandidates(request: FixRequest): Candidate[] {
  const byKey = new Map<string, Candidate>();
  for (const finding of request.findings) {
    if (!finding.fix || finding.fix.edits.length === 0 || finding.suppressed) continue;
    if (request.onlyRules && !isSelected(finding, request.onlyRules)) continue;
    const key = `${finding.location.path}\0${finding.fix.title}\0${JSON.stringify(finding.fix.edits)}`;
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.ruleIds.includes(finding.ruleId)) existing.ruleIds.push(finding.ruleId);
      continue;
    }
    byKey.set(key, { key, fix: finding.fix, path: finding.location.path, line: finding.location.startLine, ruleIds: [finding.ruleId] });
  }
  return [...byKey.values()];
}

function isSelected(finding: Finding, onlyRules: ReadonlySet<string>): boolean {
  return onlyRules.has(finding.ruleId) || (finding.equivalents ?? []).some((id) => onlyRules.has(id));
}

/** Applies a file's fixes; when the result no longer parses, keeps only the fixes that parse one by one. */
function planFile(path: string, groups: EditGroup[], readText: (path: string) => string, reports: Map<string, FixReport>): FilePlan | undefined {
  let before: string;
  try {
    before = readText(path);
  } catch (cause) {
    for (const group of groups) Object.assign(reports.get(group.key)!, { status: 'stale', message: `cannot read the file: ${(cause as Error).message}` });
    return undefined;
  }
  const outcome = applyEditGroups(before, groups);
  for (const conflict of outcome.conflicts) {
    const other = reports.get(conflict.with)!;
    Object.assign(reports.get(conflict.key)!, { status: 'conflict', message: `overlaps the ${other.ruleIds.join(', ')} fix at line ${other.line}; run rampart fix again after this one is applied` });
  }
  for (const key of outcome.outOfRange) Object.assign(reports.get(key)!, { status: 'stale', message: 'the file changed since it was scanned' });
  let after = outcome.text;
  if (!parsesAfterFix(path, after)) after = keepFixesThatParse(path, before, groups.filter((group) => outcome.applied.includes(group.key)), reports);
  return after === before ? undefined : { path, before, after };
}

function keepFixesThatParse(path: string, before: string, groups: readonly EditGroup[], reports: Map<string, FixReport>): string {
  const kept: EditGroup[] = [];
  let text = before;
  for (const group of groups) {
    const attempt = applyEditGroups(before, [...kept, group]).text;
    if (parsesAfterFix(path, attempt)) {
      kept.push(group);
      text = attempt;
      continue;
    }
    Object.assign(reports.get(group.key)!, { status: 'breaks-yaml', message: 'the file would no longer parse as YAML; left unchanged' });
  }
  return text;
}

/** YAML files must still parse; other files have no validator yet. */
function parsesAfterFix(path: string, text: string): boolean {
  // A name ending in .yml or .yaml.
  if (!/\.ya?ml$/i.test(path)) return true;
  return parseDocument(text, { uniqueKeys: true, prettyErrors: false }).errors.length === 0;
}
