import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scanPipelineText } from './index.ts';
import { readPipelineFile } from './read-pipeline-file.ts';

describe('readPipelineFile', () => {
  it('builds triggers, env, permissions, jobs and steps with their positions', () => {
    const text = ['on:', '  workflow_dispatch:', '    inputs:', '      dry:', '        type: boolean', 'permissions: read-all', 'env:', '  A: b', 'jobs:', '  build:', '    runs-on: ubuntu-latest', '    steps:', '      - id: one', '        run: echo', ''].join('\n');
    const { file } = readPipelineFile('w.yml', text, 'workflow');
    assert.ok(file?.kind === 'workflow');
    assert.deepEqual(file.triggers.map((trigger) => [trigger.name, trigger.inputs]), [['workflow_dispatch', [{ name: 'dry', type: 'boolean' }]]]);
    assert.equal(file.permissions?.kind === 'all' && file.permissions.level, 'read-all');
    assert.deepEqual(file.env.map((variable) => [variable.name, variable.value?.value]), [['A', 'b']]);
    const step = file.jobs[0]!.steps[0]!;
    assert.equal(step.id?.value, 'one');
    assert.deepEqual(step.anchor.yamlPath, ['jobs', 'build', 'steps', 0]);
    assert.equal(file.source.lineCounter.linePos(step.run!.span.start).line, 14);
  });

  it('reads `on:` as a string, a list or a mapping', () => {
    for (const on of ['push', '[push, pull_request]', '{ push: {}, pull_request: null }']) {
      const { file } = readPipelineFile('w.yml', `on: ${on}\njobs: {}\n`, 'workflow');
      assert.equal(file?.kind === 'workflow' && file.triggers[0]?.name, 'push', on);
    }
  });

  it('reports invalid YAML, duplicate keys and non-workflows as RAMPART_E_PARSE with a line', () => {
    const cases: [string, number][] = [
      ['on: push\njobs:\n  a: [\n', 4],
      ['on: push\njobs: {}\non: pull_request\n', 3],
      ['name: not a workflow\n', 1],
      ['- a list\n', 1],
    ];
    for (const [text, line] of cases) {
      const result = scanPipelineText('w.yml', text, 'workflow');
      assert.deepEqual(result.drafts, []);
      assert.equal(result.errors.length, 1, text);
      assert.equal(result.errors[0]!.code, 'RAMPART_E_PARSE');
      assert.equal(result.errors[0]!.line, line, text);
    }
  });

  it('stops on an alias bomb with an error instead of expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 9; level += 1) levels.push(`l${level}: &l${level} [${Array(10).fill(level === 1 ? '*a' : `*l${level - 1}`).join(', ')}]`);
    const jobs = Array.from({ length: 200 }, (_, index) => `  j${index}: &j${index}\n    runs-on: x\n    steps: [${Array(50).fill('{ run: echo }').join(', ')}]`);
    const aliases = Array.from({ length: 5000 }, (_, index) => `  k${index}: *j${index % 200}`);
    const text = `${levels.join('\n')}\non: push\njobs:\n${jobs.join('\n')}\n${aliases.join('\n')}\n`;
    const result = scanPipelineText('w.yml', text, 'workflow');
    assert.equal(result.errors[0]?.code, 'RAMPART_E_PARSE');
    assert.match(result.errors[0]!.message, /alias bomb/);
  });

  it('reads a legitimate 10,000-job workflow within the node budget', () => {
    const jobs = Array.from({ length: 10_000 }, (_, index) => `  job${index}:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "\${{ github.sha }}" ${index}`);
    const result = scanPipelineText('w.yml', `on: push\npermissions: {}\njobs:\n${jobs.join('\n')}\n`, 'workflow');
    assert.deepEqual(result, { drafts: [], errors: [] });
  });

  it('resolves anchors and aliases without losing the anchored position', () => {
    const text = ['on: issues', 'permissions: {}', 'jobs:', '  a:', '    runs-on: x', '    steps:', '      - run: &r echo "${{ github.event.issue.title }}"', '      - run: *r', ''].join('\n');
    const result = scanPipelineText('w.yml', text, 'workflow');
    assert.deepEqual(result.drafts.map((draft) => [draft.ruleId, draft.startLine, draft.startColumn]), [
      ['template-injection', 7, 23],
      ['template-injection', 7, 23],
    ]);
  });

  it('points inside block scalars, single- and double-quoted scalars at the exact columns (end exclusive)', () => {
    const text = ['on: issues', 'permissions: {}', 'jobs:', '  a:', '    runs-on: x', '    steps:', '      - run: |', '          echo one', '            echo "${{ github.event.issue.body }}"', "      - run: 'echo ''${{ github.event.issue.title }}'''", '      - run: "echo \\"${{ github.event.comment.body }}\\""', ''].join('\n');
    const result = scanPipelineText('w.yml', text, 'workflow');
    assert.deepEqual(result.drafts.map((draft) => [draft.startLine, draft.startColumn, draft.endColumn]), [
      [9, 19, 49],
      [10, 22, 53],
      [11, 22, 54],
    ]);
  });
});
