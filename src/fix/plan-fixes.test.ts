import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding, Fix, FixEdit } from '../core/finding.ts';
import { planFixes, type FixRequest } from './plan-fixes.ts';
import type { GitRefResolver } from './resolve-edits.ts';

const workflow = 'jobs:\n  build:\n    steps:\n      - uses: actions/checkout@v4\n      - run: echo hi\n';
const sha = 'c'.repeat(40);

function finding(ruleId: string, line: number, fix: Fix, extra: Partial<Finding> = {}): Finding {
  return { ruleId, scanner: 'pipeline', severity: 'high', confidence: 'high', title: ruleId, message: 'm', location: { path: 'ci.yml', startLine: line }, fingerprint: `${ruleId}${line}`, fix, ...extra };
}

function edit(line: number, startColumn: number, endColumn: number, replacement: string, extra: Partial<FixEdit> = {}): FixEdit {
  return { path: 'ci.yml', startLine: line, startColumn, endLine: line, endColumn, replacement, ...extra };
}

const pin = finding('unpinned-action-ref', 4, {
  title: 'Pin actions/checkout@v4',
  safety: 'safe',
  edits: [edit(4, 32, 34, '{{sha}} # {{version}}', { resolve: { kind: 'git-ref', repository: 'actions/checkout', ref: 'v4' } })],
});
const resolver: GitRefResolver = { resolve: async (_repository, ref) => (ref === 'v4' ? { sha, version: 'v4.2.2', kind: 'tag' } : undefined) };

function request(findings: Finding[], extra: Partial<FixRequest> = {}): FixRequest {
  return { findings, includeUnsafe: false, resolver, readText: () => workflow, ...extra };
}

describe('planFixes', () => {
  it('fills resolvable edits from the resolver and says what it found', async () => {
    const plan = await planFixes(request([pin]));
    assert.equal(plan.files[0]!.after, workflow.replace('@v4', `@${sha} # v4.2.2`));
    assert.equal(plan.fixes[0]!.status, 'applied');
    assert.match(plan.fixes[0]!.message!, /v4 is tag v4\.2\.2 at c{40}/);
  });

  it('offline, reports fixes that need a lookup as needs-network and still applies the others', async () => {
    const step = finding('other', 5, { title: 'Rename', safety: 'safe', edits: [edit(5, 19, 21, 'yo')] });
    const plan = await planFixes(request([pin, step], { resolver: undefined }));
    assert.deepEqual(plan.fixes.map((fix) => fix.status), ['needs-network', 'applied']);
    assert.equal(plan.files[0]!.after, workflow.replace('echo hi', 'echo yo'));
  });

  it('reports a ref the repository lacks without editing', async () => {
    const unknown = { ...pin, fix: { ...pin.fix!, edits: [{ ...pin.fix!.edits[0]!, resolve: { kind: 'git-ref' as const, repository: 'actions/checkout', ref: 'v9' } }] } };
    const plan = await planFixes(request([unknown]));
    assert.equal(plan.fixes[0]!.status, 'ref-not-found');
    assert.deepEqual(plan.files, []);
  });

  it('leaves unsafe fixes out unless asked, and honours --only by rule id or equivalent', async () => {
    const unsafe = finding('template-injection', 5, { title: 'Move to env', safety: 'unsafe', edits: [edit(5, 16, 18, '"$X"')] }, { equivalents: ['zizmor-id'] });
    assert.equal((await planFixes(request([unsafe]))).fixes[0]!.status, 'unsafe-skipped');
    assert.equal((await planFixes(request([unsafe], { includeUnsafe: true }))).fixes[0]!.status, 'applied');
    const only = await planFixes(request([pin, unsafe], { includeUnsafe: true, onlyRules: new Set(['zizmor-id']) }));
    assert.deepEqual(only.fixes.map((fix) => fix.ruleIds[0]), ['template-injection']);
  });

  it('counts one fix carried by several findings once and skips a conflicting one with the reason', async () => {
    const shared: Fix = { title: 'Step fix', safety: 'safe', edits: [edit(5, 9, 12, 'run: |\n        ')] };
    const conflicting = finding('c', 5, { title: 'Other', safety: 'safe', edits: [edit(5, 9, 16, 'run: x')] });
    const plan = await planFixes(request([finding('a', 5, shared), finding('b', 5, shared), conflicting]));
    assert.equal(plan.fixes.length, 2);
    assert.deepEqual(plan.fixes[0]!.ruleIds, ['a', 'b']);
    assert.equal(plan.fixes[1]!.status, 'conflict');
    assert.match(plan.fixes[1]!.message!, /overlaps the a, b fix at line 5/);
  });

  it('drops a fix that would leave the YAML unparseable and keeps the others', async () => {
    const breaking = finding('bad', 5, { title: 'Break', safety: 'safe', edits: [edit(5, 9, 9, '{')] });
    const fine = finding('good', 5, { title: 'Rename', safety: 'safe', edits: [edit(5, 19, 21, 'yo')] });
    const plan = await planFixes(request([breaking, fine]));
    assert.deepEqual(plan.fixes.map((fix) => fix.status), ['breaks-yaml', 'applied']);
    assert.equal(plan.files[0]!.after, workflow.replace('echo hi', 'echo yo'));
  });

  it('ignores suppressed findings and findings without edits', async () => {
    const plan = await planFixes(request([{ ...pin, suppressed: { kind: 'inline', reason: 'r' } }, finding('empty', 1, { title: 'x', safety: 'safe', edits: [] })]));
    assert.deepEqual(plan, { files: [], fixes: [] });
  });
});
