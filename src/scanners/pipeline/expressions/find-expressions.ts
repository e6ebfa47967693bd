import { findStringEnd } from './parse-expression.ts';

/** One `${{ … }}` occurrence: offsets into the searched text and the body between the braces. */
export interface ExpressionOccurrence {
  start: number;
  end: number;
  body: string;
}

/**
 * Finds every `${{ … }}` in a text. A `}}` inside a quoted string does not close the expression.
 * Unterminated expressions are skipped.
 */
export function findExpressions(text: string): ExpressionOccurrence[] {
  const found: ExpressionOccurrence[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('${{', from);
    if (start === -1) return found;
    const end = findClosingBraces(text, start + 3);
    if (end === -1) return found;
    found.push({ start, end: end + 2, body: text.slice(start + 3, end).trim() });
    from = end + 2;
  }
}

function findClosingBraces(text: string, from: number): number {
  let index = from;
  while (index < text.length - 1) {
    const char = text[index];
    if (char === "'") {
      const close = findStringEnd(text, index);
      if (close === -1) return -1;
      index = close + 1;
      continue;
    }
    if (char === '}' && text[index + 1] === '}') return index;
    index += 1;
  }
  return -1;
}
