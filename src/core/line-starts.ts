/** Where each line of `text` starts (offsets of the character after each `\n`, and 0). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** The 0-based line and column of an offset, by binary search over `lineStarts`. */
export function lineAndColumnAt(lineStarts: readonly number[], offset: number): { row: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { row: low, column: offset - lineStarts[low]! };
}
