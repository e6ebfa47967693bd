import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lineAndColumnAt, lineStartsOf } from './line-starts.ts';

describe('line starts', () => {
  it('lists where every line starts, the last one even when empty', () => {
    assert.deepEqual(lineStartsOf(''), [0]);
    assert.deepEqual(lineStartsOf('ab\ncd\r\n\nx\n'), [0, 3, 7, 8, 10]);
  });

  it('places offsets on their line and column, the newline on its own line', () => {
    const starts = lineStartsOf('ab\ncd\r\n\nx');
    assert.deepEqual(lineAndColumnAt(starts, 0), { row: 0, column: 0 });
    assert.deepEqual(lineAndColumnAt(starts, 2), { row: 0, column: 2 });
    assert.deepEqual(lineAndColumnAt(starts, 3), { row: 1, column: 0 });
    assert.deepEqual(lineAndColumnAt(starts, 6), { row: 1, column: 3 });
    assert.deepEqual(lineAndColumnAt(starts, 7), { row: 2, column: 0 });
    assert.deepEqual(lineAndColumnAt(starts, 8), { row: 3, column: 0 });
    assert.deepEqual(lineAndColumnAt(starts, 50), { row: 3, column: 42 });
  });
});
