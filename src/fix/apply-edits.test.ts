import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyEditGroups, type TextEdit } from './apply-edits.ts';

function edit(startLine: number, startColumn: number, endLine: number, endColumn: number, replacement: string): TextEdit {
  return { path: 'f.yml', startLine, startColumn, endLine, endColumn, replacement };
}

const text = 'alpha: 1\nbeta: 2\ngamma: 3\n';

describe('applyEditGroups', () => {
  it('applies replacements and insertions by line and column, keeping everything else byte for byte', () => {
    const outcome = applyEditGroups(text, [
      { key: 'a', edits: [edit(1, 8, 1, 9, '10')] },
      { key: 'b', edits: [edit(3, 1, 3, 1, 'delta: 4\n')] },
    ]);
    assert.equal(outcome.text, 'alpha: 10\nbeta: 2\ndelta: 4\ngamma: 3\n');
    assert.deepEqual(outcome.applied, ['a', 'b']);
    assert.deepEqual(outcome.conflicts, []);
  });

  it('applies a multi-edit group together and leaves out a group that overlaps it, naming the winner', () => {
    const outcome = applyEditGroups(text, [
      { key: 'first', edits: [edit(1, 1, 1, 6, 'ALPHA'), edit(2, 7, 2, 8, '20')] },
      { key: 'second', edits: [edit(3, 8, 3, 9, '30'), edit(2, 1, 2, 8, 'beta: 99')] },
    ]);
    assert.equal(outcome.text, 'ALPHA: 1\nbeta: 20\ngamma: 3\n', 'none of the second group, not even its non-overlapping edit');
    assert.deepEqual(outcome.conflicts, [{ key: 'second', with: 'first' }]);
  });

  it('shares an identical edit between groups instead of reporting a conflict or applying it twice', () => {
    const shared = edit(2, 1, 2, 1, 'env: {}\n');
    const outcome = applyEditGroups(text, [
      { key: 'a', edits: [shared, edit(1, 8, 1, 9, 'x')] },
      { key: 'b', edits: [shared, edit(3, 8, 3, 9, 'y')] },
    ]);
    assert.equal(outcome.text, 'alpha: x\nenv: {}\nbeta: 2\ngamma: y\n');
    assert.deepEqual(outcome.applied, ['a', 'b']);
  });

  it('treats two different insertions at one point as a conflict, and an insertion at a range boundary as none', () => {
    const same = applyEditGroups(text, [
      { key: 'a', edits: [edit(2, 1, 2, 1, 'one\n')] },
      { key: 'b', edits: [edit(2, 1, 2, 1, 'two\n')] },
    ]);
    assert.deepEqual(same.conflicts, [{ key: 'b', with: 'a' }]);
    const boundary = applyEditGroups(text, [
      { key: 'replace', edits: [edit(1, 1, 1, 6, 'ALPHA')] },
      { key: 'before', edits: [edit(1, 1, 1, 1, '# x\n')] },
      { key: 'after', edits: [edit(1, 6, 1, 6, '_2')] },
    ]);
    assert.equal(boundary.text, '# x\nALPHA_2: 1\nbeta: 2\ngamma: 3\n');
    assert.deepEqual(boundary.conflicts, []);
  });

  it('reports a group whose position is not in the text as out of range and applies the rest', () => {
    const outcome = applyEditGroups(text, [
      { key: 'gone', edits: [edit(9, 1, 9, 2, 'x')] },
      { key: 'past-line-end', edits: [edit(1, 20, 1, 21, 'x')] },
      { key: 'ok', edits: [edit(2, 7, 2, 8, '3')] },
    ]);
    assert.deepEqual(outcome.outOfRange, ['gone', 'past-line-end']);
    assert.equal(outcome.text, 'alpha: 1\nbeta: 3\ngamma: 3\n');
  });

  it('writes new lines with the file\'s CRLF endings', () => {
    const outcome = applyEditGroups('a: 1\r\nb: 2\r\n', [{ key: 'a', edits: [edit(2, 1, 2, 1, 'x: 0\n  y: 1\n')] }]);
    assert.equal(outcome.text, 'a: 1\r\nx: 0\r\n  y: 1\r\nb: 2\r\n');
  });

  it('changes nothing when applied to its own output again with no edits left (idempotent by construction)', () => {
    const once = applyEditGroups(text, [{ key: 'a', edits: [edit(1, 8, 1, 9, '1')] }]);
    assert.equal(once.text, text);
  });
});
