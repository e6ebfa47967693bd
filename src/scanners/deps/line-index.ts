/** Maps a character offset to its 1-based line and column; built once per file, binary search per lookup. */
export interface LineIndex {
  lineOf(offset: number): number;
  columnOf(offset: number): number;
}

export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  const lineOf = (offset: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  return { lineOf, columnOf: (offset) => offset - starts[lineOf(offset) - 1]! + 1 };
}
