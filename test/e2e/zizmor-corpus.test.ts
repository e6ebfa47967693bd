import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { isNode, visit } from 'yaml';
import type { FindingDraft } from '../../src/core/finding.ts';
import { scanDependabotText, scanPipelineText } from '../../src/scanners/pipeline/index.ts';
import { readPipelineFile, type PipelineKind } from '../../src/scanners/pipeline/read-pipeline-file.ts';
import { dependabotRules, pipelineRules } from '../../src/scanners/pipeline/rules/index.ts';
import { allSteps } from '../../src/scanners/pipeline/workflow-model.ts';

/** zizmor's own test workflows and the findings its tests expect; read in place, never copied. */
const corpusRoot = new URL('../../../shared/corpus/pipelines/zizmor-fixtures/', import.meta.url).pathname;

interface ExpectedFinding {
  audit: string;
  line: number;
}

interface FixtureEntry {
  type: string;
  findings: ExpectedFinding[] | null;
}

/**
 * Lowest recall we accept per zizmor audit (measured figures are in docs/pipeline-recall.md). Some
 * are low on purpose: zizmor flags every occurrence of a pattern where rampart reports only the
 * exploitable case; the docs explain each gap.
 */
const recallFloors: Record<string, number> = {
  'bot-conditions': 1,
  'insecure-commands': 1,
  'overprovisioned-secrets': 1,
  'secrets-inherit': 1,
  'unpinned-images': 1,
  'unpinned-uses': 1,
  'unredacted-secrets': 1,
  // Misses: github.ref on pull_request, a pull request number, a matrix built from the repository owner (none attacker text).
  'template-injection': 0.88,
  'github-env': 1,
  // The two misses: a job of a reusable-only workflow, and a workflow-wide duplicate of per-job findings.
  'excessive-permissions': 0.84,
  // Through the low-confidence checkout-persists-credentials; misses are aliased steps, reported once at their anchor.
  'artipacked': 0.57,
  // One miss: a build-push-action with a gha cache on a plain push trigger, which rampart does not count as publishing.
  'cache-poisoning': 0.96,
  // Through the low-confidence privileged-trigger.
  'dangerous-triggers': 1,
  'dependabot-cooldown': 1,
  'dependabot-execution': 1,
};

const kindOf: Record<string, PipelineKind | 'dependabot'> = { workflow: 'workflow', 'composite-action': 'action', dependabot: 'dependabot' };

/**
 * Our rules for each zizmor audit, from the rules' `equivalents`: several when rampart splits an
 * audit into the exploitable case and a low-severity hygiene rule.
 */
const rulesForAudit = new Map<string, Set<string>>();
for (const rule of [...pipelineRules, ...dependabotRules]) for (const id of rule.equivalents ?? []) rulesForAudit.set(id, new Set([...(rulesForAudit.get(id) ?? []), rule.id]));

interface Tally {
  expected: number;
  matched: number;
  misses: string[];
}

function scoreCorpus(): Map<string, Tally> {
  const expected = JSON.parse(readFileSync(`${corpusRoot}expected.json`, 'utf8')) as { fixtures: Record<string, FixtureEntry> };
  const tallies = new Map<string, Tally>();
  for (const [name, entry] of Object.entries(expected.fixtures)) {
    const kind = kindOf[entry.type];
    const path = `${corpusRoot}fixtures/${name}`;
    if (!kind || !entry.findings || !existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    // Scored as someone migrating from zizmor runs rampart: every rule, low-confidence ones included (what --min-confidence low reports).
    const drafts = kind === 'dependabot' ? scanDependabotText(name, text).drafts : scanPipelineText(name, text, kind, { policy: {} }).drafts;
    // Dependabot findings are matched on their exact line only.
    const sameNode = kind === 'dependabot' ? () => false : sameNodeMatcher(name, text, kind);
    const used = new Set<FindingDraft>();
    const scored = entry.findings.filter((finding) => rulesForAudit.has(finding.audit));
    const matched = new Set<ExpectedFinding>();
    // Exact lines first, so a same-step match never takes a finding another line needs.
    for (const isMatch of [(line: number, expectedLine: number) => line === expectedLine, sameNode]) {
      for (const finding of scored) {
        if (matched.has(finding)) continue;
        const match = drafts.find((draft) => rulesForAudit.get(finding.audit)!.has(draft.ruleId) && !used.has(draft) && isMatch(draft.startLine, finding.line));
        if (!match) continue;
        used.add(match);
        matched.add(finding);
      }
    }
    for (const finding of scored) {
      const tally = tallies.get(finding.audit) ?? { expected: 0, matched: 0, misses: [] };
      tallies.set(finding.audit, tally);
      tally.expected += 1;
      if (matched.has(finding)) tally.matched += 1;
      else tally.misses.push(`${name}:${finding.line}`);
    }
  }
  return tallies;
}

/**
 * zizmor points some findings at an enclosing node (a step's `run:` key, an `env:` block, a job's
 * `uses:`) where rampart points at the exact line inside. Counted as the same finding: both lines
 * in one step; zizmor's line is a key whose value holds rampart's line; or, outside steps, both
 * lines in one job.
 */
function sameNodeMatcher(name: string, text: string, kind: PipelineKind): (ours: number, theirs: number) => boolean {
  const read = readPipelineFile(name, text, kind);
  if (!read.file) return () => false;
  const file = read.file;
  const lineOf = (offset: number) => file.source.lineCounter.linePos(offset).line;
  const steps = [...allSteps(file)].map(({ step }) => [lineOf(step.span.start), lineOf(step.span.end)] as const);
  const jobs = file.kind === 'workflow' ? file.jobs.map((job) => [lineOf(job.anchor.keySpan.start), lineOf(job.span.end)] as const) : [];
  const keyed: (readonly [number, number, number])[] = [];
  visit(file.source.doc, {
    Pair(_, pair) {
      if (isNode(pair.key) && isNode(pair.value) && pair.key.range && pair.value.range) keyed.push([lineOf(pair.key.range[0]), lineOf(pair.value.range[0]), lineOf(pair.value.range[1])]);
    },
  });
  const inside = (line: number, [start, end]: readonly [number, number]) => line >= start && line <= end;
  return (ours, theirs) =>
    steps.some((range) => inside(ours, range) && inside(theirs, range)) ||
    keyed.some(([key, start, end]) => key === theirs && ours >= start && ours <= end) ||
    (!steps.some((range) => inside(ours, range) || inside(theirs, range)) && jobs.some((range) => inside(ours, range) && inside(theirs, range)));
}

describe('pipeline scanner on zizmor’s test corpus', () => {
  it('reaches the recall floor for every zizmor audit it has an equivalent for', (context) => {
    assert.ok(existsSync(corpusRoot), `corpus missing at ${corpusRoot}`);
    const tallies = scoreCorpus();
    const rows = [...tallies].sort(([a], [b]) => a.localeCompare(b)).map(([audit, tally]) => `${audit.padEnd(22)} ${String(tally.matched).padStart(3)}/${String(tally.expected).padEnd(3)} recall ${(tally.matched / tally.expected).toFixed(2)}${tally.misses.length ? `  missed: ${tally.misses.join(' ')}` : ''}`);
    context.diagnostic(`\n${rows.join('\n')}`);
    for (const [audit, floor] of Object.entries(recallFloors)) {
      const tally = tallies.get(audit);
      assert.ok(tally, `no expected findings for ${audit}`);
      assert.ok(tally.matched / tally.expected >= floor, `${audit}: recall ${tally.matched}/${tally.expected} is below ${floor}`);
    }
  });
});
