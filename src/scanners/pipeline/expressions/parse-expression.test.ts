import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allContexts, valueSources } from './expression-sources.ts';
import { findExpressions } from './find-expressions.ts';
import { parseExpression } from './parse-expression.ts';
import { isAttackerControlled } from './attacker-contexts.ts';

describe('parseExpression', () => {
  it('reads contexts with property, index and wildcard access, lower-cased', () => {
    assert.deepEqual(parseExpression("github.event['Pull_Request'].HEAD.ref"), { kind: 'context', path: ['github', 'event', 'pull_request', 'head', 'ref'] });
    assert.deepEqual(parseExpression('github.event.commits[0].message'), { kind: 'context', path: ['github', 'event', 'commits', '*', 'message'] });
    assert.deepEqual(parseExpression('github.event.commits.*.author.name'), { kind: 'context', path: ['github', 'event', 'commits', '*', 'author', 'name'] });
    assert.deepEqual(parseExpression('steps.my-step.outputs.value'), { kind: 'context', path: ['steps', 'my-step', 'outputs', 'value'] });
  });

  it('honours precedence: ! over comparisons over && over ||', () => {
    const node = parseExpression("!a == b && c < 1 || d != 'x'");
    assert.equal(node?.kind, 'binary');
    assert.equal(node?.kind === 'binary' && node.operator, '||');
    const left = node?.kind === 'binary' ? node.left : undefined;
    assert.equal(left?.kind === 'binary' && left.operator, '&&');
  });

  it('reads literals, escaped quotes, calls and parentheses', () => {
    assert.deepEqual(parseExpression("format('it''s {0}', (github.head_ref))"), {
      kind: 'call',
      name: 'format',
      args: [{ kind: 'literal', value: "it's {0}" }, { kind: 'context', path: ['github', 'head_ref'] }],
    });
    assert.deepEqual(parseExpression('-1.5'), { kind: 'literal', value: -1.5 });
    assert.deepEqual(parseExpression('fromJSON(steps.x.outputs.json).name'), { kind: 'access', object: { kind: 'call', name: 'fromjson', args: [{ kind: 'context', path: ['steps', 'x', 'outputs', 'json'] }] }, path: ['name'] });
  });

  it('rejects what is not expression syntax', () => {
    for (const body of ['a ==', "'unterminated", 'a.', 'f(a,', '(a', 'a b', '$x']) assert.equal(parseExpression(body), undefined, body);
  });
});

describe('valueSources', () => {
  it('follows text that can reach the value and drops booleans', () => {
    const sources = (body: string) => valueSources(parseExpression(body)!).map((path) => path.join('.'));
    assert.deepEqual(sources("github.head_ref || 'main'"), ['github.head_ref']);
    assert.deepEqual(sources("github.head_ref == 'main'"), []);
    assert.deepEqual(sources("contains(github.event.issue.body, 'x')"), []);
    assert.deepEqual(sources("format('{0}', github.event.issue.title)"), ['github.event.issue.title']);
    assert.deepEqual(sources('!github.event.issue.title'), []);
    assert.deepEqual(allContexts(parseExpression("!contains(github.event.issue.body, 'x')")!).map((path) => path.join('.')), ['github.event.issue.body']);
  });
});

describe('isAttackerControlled', () => {
  it('knows outsider text from safe identifiers', () => {
    const check = (path: string) => isAttackerControlled(path.split('.'));
    for (const path of ['github.head_ref', 'github.event.pull_request.title', 'github.event.issue.body', 'github.event.comment.body', 'github.event.commits.*.message', 'github.event.workflow_run.head_branch', 'github.event.pull_request', 'github.event'])
      assert.ok(check(path), path);
    for (const path of ['github.sha', 'github.run_id', 'github.event.pull_request.number', 'github.event.pull_request.head.sha', 'needs.build.result', 'steps.test.outcome', 'secrets.npm_token', 'inputs.name'])
      assert.ok(!check(path), path);
  });
});

describe('findExpressions', () => {
  it('finds each ${{ }} with offsets, and a }} inside a string does not close it', () => {
    const text = "a ${{ github.sha }} b ${{ format('}}', x) }} c ${{ unterminated";
    assert.deepEqual(findExpressions(text).map((found) => [found.start, found.end, found.body]), [
      [2, 19, 'github.sha'],
      [22, 44, "format('}}', x)"],
    ]);
  });
});
