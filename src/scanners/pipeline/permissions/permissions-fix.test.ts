import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FixEdit } from '../../../core/finding.ts';
import { scanPipelineText } from '../index.ts';

/** Applies edits the way `rampart fix` does: 1-based lines and columns, end exclusive, last edit first. */
function applyEdits(text: string, edits: readonly FixEdit[]): string {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index += 1) if (text[index] === '\n') lineStarts.push(index + 1);
  const offset = (line: number, column: number) => lineStarts[line - 1]! + column - 1;
  const sorted = [...edits].sort((a, b) => offset(b.startLine, b.startColumn) - offset(a.startLine, a.startColumn));
  let result = text;
  for (const edit of sorted) result = result.slice(0, offset(edit.startLine, edit.startColumn)) + edit.replacement + result.slice(offset(edit.endLine, edit.endColumn));
  return result;
}

function permissionFindings(text: string) {
  return scanPipelineText('.github/workflows/w.yml', text, 'workflow').drafts.filter((draft) => draft.ruleId === 'excessive-permissions');
}

/** Applies every fix once, then checks a second scan has nothing left to fix. */
function fixAll(text: string): string {
  const edits = permissionFindings(text).flatMap((finding) => finding.fix?.edits ?? []);
  const fixed = applyEdits(text, edits);
  assert.deepEqual(permissionFindings(fixed).filter((finding) => finding.fix), [], `fixing twice changes something:\n${fixed}`);
  return fixed;
}

const sha = '0123456789abcdef0123456789abcdef01234567';

describe('excessive-permissions fixes', () => {
  it('replaces a job block with the minimal one, keeping indentation and the comments around it', () => {
    const text = `on: push
permissions: {}
jobs:
  test:
    runs-on: ubuntu-latest
    # the token
    permissions:
      contents: write
      pull-requests: write
    # steps follow
    steps:
      - uses: actions/checkout@${sha} # v4
        with:
          persist-credentials: false
`;
    assert.equal(fixAll(text), text.replace('      contents: write\n      pull-requests: write\n', '      contents: read\n'));
  });

  it('edits a block line by line, so comments and scope order stay', () => {
    const text = `on: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n    permissions:\n      # releases\n      contents: write # gh-release\n      # not used any more\n      issues: write\n      pull-requests: write\n    steps:\n      - uses: softprops/action-gh-release@${sha}\n      - uses: dependabot/fetch-metadata@${sha}\n`;
    const fixed = fixAll(text);
    assert.equal(fixed, text.replace('      issues: write\n', '').replace('pull-requests: write', 'pull-requests: read'));
  });

  it('rewrites write-all on one line into a block', () => {
    const text = `on: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n    permissions: write-all # broad\n    steps:\n      - uses: softprops/action-gh-release@${sha}\n`;
    assert.equal(fixAll(text), text.replace('permissions: write-all # broad', 'permissions:\n      contents: write # broad'));
  });

  it('inserts a block under a job without one, before the comment on its first key', () => {
    const text = `on: issue_comment\njobs:\n  reply:\n    # where it runs\n    runs-on: ubuntu-latest\n    steps:\n      - run: gh issue comment "$N" --body thanks\n        env:\n          GH_TOKEN: \${{ github.token }}\n          N: \${{ github.event.issue.number }}\n`;
    const fixed = fixAll(text);
    assert.equal(fixed, text.replace('  reply:\n', '  reply:\n    permissions:\n      issues: write\n'));
    assert.deepEqual(permissionFindings(fixed), []);
  });

  it('follows a four-space indentation', () => {
    const text = `on: push\njobs:\n    build:\n        runs-on: ubuntu-latest\n        steps:\n            - uses: actions/checkout@${sha}\n`;
    assert.equal(fixAll(text), text.replace('    build:\n', '    build:\n        permissions:\n            contents: read\n'));
  });

  it('shrinks a workflow-level block to what the jobs that inherit it need', () => {
    const text = `on: pull_request\npermissions:\n  contents: write\n  id-token: write\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo done\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${sha}\n        with:\n          persist-credentials: false\n`;
    const findings = permissionFindings(text);
    assert.equal(findings.length, 2);
    assert.equal(findings.filter((finding) => finding.fix).length, 1, 'one fix per block, so edits never overlap');
    assert.equal(fixAll(text), text.replace('permissions:\n  contents: write\n  id-token: write\n', 'permissions:\n  contents: read\n'));
  });

  it('offers no fix when a step is not understood', () => {
    const text = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: write-all\n    steps:\n      - uses: someone/unknown@${sha}\n`;
    const [finding] = permissionFindings(text);
    assert.ok(finding);
    assert.equal(finding.fix, undefined);
  });
});
