import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { unifiedDiff } from './unified-diff.ts';

const lines = (count: number) => Array.from({ length: count }, (_, index) => `line ${index + 1}\n`).join('');

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    assert.equal(unifiedDiff('a.yml', 'x\n', 'x\n'), '');
  });

  it('prints one hunk with three lines of context around a change', () => {
    const before = lines(10);
    const after = before.replace('line 5\n', 'line five\n');
    assert.equal(
      unifiedDiff('dir/a.yml', before, after),
      ['--- a/dir/a.yml', '+++ b/dir/a.yml', '@@ -2,7 +2,7 @@', ' line 2', ' line 3', ' line 4', '-line 5', '+line five', ' line 6', ' line 7', ' line 8', ''].join('\n'),
    );
  });

  it('merges changes whose contexts touch and splits distant ones, with line numbers shifted by insertions', () => {
    const before = lines(30);
    const after = before.replace('line 2\n', 'line 2\ninserted\n').replace('line 5\n', '').replace('line 25\n', 'line 25!\n');
    const diff = unifiedDiff('a.yml', before, after);
    const headers = diff.split('\n').filter((line) => line.startsWith('@@'));
    assert.deepEqual(headers, ['@@ -1,8 +1,8 @@', '@@ -22,7 +22,7 @@']);
    assert.match(diff, /^\+inserted$/m);
    assert.match(diff, /^-line 5$/m);
  });

  it('marks a last line without a newline', () => {
    const diff = unifiedDiff('a.yml', 'a\nb', 'a\nc');
    assert.equal(diff, '--- a/a.yml\n+++ b/a.yml\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n');
  });

  it('describes a change from an empty file with a zero-length old range', () => {
    assert.equal(unifiedDiff('a.yml', '', 'x\n'), '--- a/a.yml\n+++ b/a.yml\n@@ -0,0 +1 @@\n+x\n');
  });
});
