import { lineAndColumnAt, lineStartsOf } from '../../core/line-starts.ts';
/** Maps a character offset to its 1-based line and column; built once per file, binary search per lookup. */
export interface LineIndex {
  lineOf(offset: number): number;
  columnOf(offset: number): number;
}

export function createLineIndex(text: string): LineIndex {
  const starts = lineStartsOf(text);
  const lineOf = (offset: number): number => lineAndColumnAt(starts, offset).row + 1;
  return { lineOf, columnOf: (offset) => lineAndColumnAt(starts, offset).column + 1 };
}
