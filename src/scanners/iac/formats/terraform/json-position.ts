import { lineAndColumnAt, lineStartsOf } from '../../../../core/line-starts.ts';
import type { At } from './hcl-syntax.ts';

/** Turns character offsets of a text into 1-based lines and columns (binary search over line starts). */
export function offsetLocator(text: string): (offset: number) => At {
  const starts = lineStartsOf(text);
  return (offset) => {
    const { row, column } = lineAndColumnAt(starts, offset);
    return { line: row + 1, column: column + 1 };
  };
}
