/**
 * The deepest nesting a pnpm lockfile line reaches, counted before the YAML parser sees the
 * text: the parser recurses per level, and a crafted file (`- - - - …` or `[[[[…`) thousands of
 * levels deep exhausts the stack, sometimes inside the regex engine where it cannot be caught.
 * Real pnpm lockfiles nest about six levels.
 */
export function findExcessiveNesting(text: string, maxDepth: number): number | undefined {
  let flowDepth = 0;
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index <= text.length; index++) {
    const char = text[index];
    if (char === '\n' || index === text.length) {
      if (blockDepth(text.slice(lineStart, index)) > maxDepth) return line;
      line++;
      lineStart = index + 1;
      continue;
    }
    if (char === '[' || char === '{') flowDepth++;
    else if ((char === ']' || char === '}') && flowDepth > 0) flowDepth--;
    if (flowDepth > maxDepth) return line;
  }
  return undefined;
}

/** Indentation in units of two spaces, plus one per compact `- ` or `? ` entry that opens the line. */
function blockDepth(row: string): number {
  let index = 0;
  while (row[index] === ' ') index++;
  let depth = index / 2;
  while ((row[index] === '-' || row[index] === '?') && (row[index + 1] === ' ' || row[index + 1] === '\t')) {
    depth++;
    index += 2;
    while (row[index] === ' ' || row[index] === '\t') index++;
  }
  return depth;
}
