import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { indexRules, scanSourceText } from '../../core/scan-file.ts';
import type { SourceFile } from '../../core/source-file.ts';
import { createPipelineScanner } from './index.ts';

const scanner = createPipelineScanner();
const settings = { scanners: [scanner], rulesByKey: indexRules([scanner]), showSecrets: false };

function scan(path: string, text: string) {
  const file: SourceFile = { path, read: async () => ({ text, bytes: text.length }) };
  return scanSourceText(file, { text, bytes: text.length }, settings);
}

const workflow = (lines: string[]) => ['on: issues', 'permissions: {}', 'jobs:', '  triage:', '    runs-on: ubuntu-latest', '    steps:', ...lines, ''].join('\n');

describe('pipeline scanner', () => {
  it('claims workflows at any depth, action metadata and dependabot.yml, nothing else', () => {
    const claims = (path: string) => scanner.claims({ path, read: async () => null });
    for (const path of ['.github/workflows/ci.yml', '.github/workflows/release.yaml', 'examples/app/.github/workflows/ci.yml', 'action.yml', 'actions/setup/action.yaml', '.github/dependabot.yml', 'app/.github/dependabot.yaml']) assert.ok(claims(path), path);
    for (const path of ['dependabot.yml', '.github/workflows/dependabot.md', '.github/workflows/README.md', '.github/workflows/nested/ci.yml', 'ci.yml', 'my-action.yml', 'docker-compose.yaml']) assert.ok(!claims(path), path);
  });

  it('gives findings the rule metadata, equivalents and a line-independent fingerprint', () => {
    const step = ['      - run: echo "${{ github.event.issue.title }}"'];
    const first = scan('.github/workflows/triage.yml', workflow(step)).findings;
    const shifted = scan('.github/workflows/triage.yml', workflow(['      - run: echo start', ...step])).findings;
    assert.equal(first.length, 1);
    assert.equal(first[0]!.scanner, 'pipeline');
    assert.equal(first[0]!.severity, 'high');
    assert.deepEqual(first[0]!.equivalents, ['template-injection', 'injection']);
    assert.equal(first[0]!.location.startLine, 7);
    assert.equal(shifted[0]!.location.startLine, 8);
    assert.equal(shifted[0]!.fingerprint, first[0]!.fingerprint);
  });

  it('honours rampart-ignore and zizmor ignore comments through equivalents', () => {
    const outcome = scan(
      '.github/workflows/triage.yml',
      workflow([
        '      # rampart-ignore: template-injection the title is validated upstream',
        '      - run: echo "${{ github.event.issue.title }}"',
        '      - run: echo "${{ github.event.issue.body }}" # zizmor: ignore[template-injection]',
        '      - run: echo done',
        '      - run: echo "${{ github.event.comment.body }}"',
      ]),
    );
    assert.deepEqual(outcome.findings.map((finding) => finding.location.startLine), [11]);
    assert.equal(outcome.inlineSuppressed.length, 2);
  });

  it('reports a broken file as an error with its line and still scans the others', () => {
    const broken = scan('.github/workflows/broken.yml', 'on: push\njobs:\n  build:\n    steps: [\n');
    assert.deepEqual(broken.findings, []);
    assert.equal(broken.errors[0]?.code, 'RAMPART_E_PARSE');
    assert.equal(typeof broken.errors[0]?.line, 'number');
    const fine = scan('.github/workflows/triage.yml', workflow(['      - run: echo "${{ github.head_ref }}"']));
    assert.equal(fine.findings.length, 1);
  });

  it('reads a file that is not a workflow but sits in the workflows folder as an error, not a crash', () => {
    const outcome = scan('.github/workflows/notes.yml', 'title: release notes\nitems: [a, b]\n');
    assert.equal(outcome.errors[0]?.code, 'RAMPART_E_PARSE');
    assert.match(outcome.errors[0]!.message, /not a GitHub workflow/);
  });
});
