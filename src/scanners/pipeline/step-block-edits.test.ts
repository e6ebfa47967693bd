import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FixEdit } from '../../core/finding.ts';
import { readPipelineFile } from './read-pipeline-file.ts';
import { addStepBlockEntries } from './step-block-edits.ts';
import type { WorkflowFile } from './workflow-model.ts';

function workflow(steps: string[]): WorkflowFile {
  const text = ['on: push', 'x-defaults: &defaults', '  fetch-depth: 1', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', ...steps, ''].join('\n');
  const read = readPipelineFile('.github/workflows/ci.yml', text, 'workflow');
  assert.ok(read.file, JSON.stringify(read.errors));
  return read.file as WorkflowFile;
}

/** Applies one edit to the file's text (single-edit fixes only, enough for these cases). */
function apply(file: WorkflowFile, edit: FixEdit | undefined): string {
  assert.ok(edit);
  const lines = file.source.text.split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + column - 1;
  return file.source.text.slice(0, offset(edit.startLine, edit.startColumn)) + edit.replacement + file.source.text.slice(offset(edit.endLine, edit.endColumn));
}

const entry = [{ key: 'persist-credentials', value: 'false' }];

describe('addStepBlockEntries', () => {
  it('appends a line at the indentation of an existing block mapping, after its trailing comment', () => {
    const file = workflow(['      - uses: actions/checkout@v4', '        with:', '          fetch-depth: 0 # all', '      - run: echo']);
    assert.match(apply(file, addStepBlockEntries(file, file.jobs[0]!.steps[0]!, 'with', entry)), /\n {10}fetch-depth: 0 # all\n {10}persist-credentials: false\n {6}- run: echo\n/);
  });

  it('creates the block under the step keys when the step has none, also at the end of the file', () => {
    const file = workflow(['      - name: a', '        uses: actions/checkout@v4']);
    assert.match(apply(file, addStepBlockEntries(file, file.jobs[0]!.steps[0]!, 'with', entry)), /\n {8}uses: actions\/checkout@v4\n {8}with:\n {10}persist-credentials: false\n$/);
  });

  it('writes flow style inside braces, quoting what flow style would misread', () => {
    const file = workflow(['      - {uses: actions/checkout@v4, with: {}}', '      - {run: echo}']);
    assert.ok(apply(file, addStepBlockEntries(file, file.jobs[0]!.steps[0]!, 'with', entry)).includes('with: {persist-credentials: false}}'));
    assert.ok(apply(file, addStepBlockEntries(file, file.jobs[0]!.steps[1]!, 'env', [{ key: 'T', value: '${{ github.head_ref }}' }])).includes("- {run: echo, env: {T: '${{ github.head_ref }}'}}"));
  });

  it('quotes block values only when YAML would read them differently', () => {
    const file = workflow(['      - run: echo']);
    const text = apply(file, addStepBlockEntries(file, file.jobs[0]!.steps[0]!, 'env', [{ key: 'A', value: '${{ github.head_ref }}' }, { key: 'B', value: "x: it's" }]));
    assert.ok(text.includes("        env:\n          A: ${{ github.head_ref }}\n          B: 'x: it''s'\n"));
  });

  it('refuses a block that comes through an alias: editing it would change every user of the anchor', () => {
    const file = workflow(['      - uses: actions/checkout@v4', '        with: *defaults']);
    assert.equal(addStepBlockEntries(file, file.jobs[0]!.steps[0]!, 'with', entry), undefined);
  });
});
