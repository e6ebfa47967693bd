/**
 * HCL allows `1e9` and `2E-3`, but the tree-sitter grammar reads an exponent only after a decimal
 * point (`1.5e3`) and turns the rest into a syntax error. Such numbers are replaced, before
 * parsing, by a run of digits of the same length (so every line and column stays where it was),
 * and their real values are kept by position for the converter to use instead.
 */
export interface ExponentNumbers {
  text: string;
  /** Real values keyed by `numberKey` of where the placeholder starts. */
  values: ReadonlyMap<string, number>;
}

/** A 0-based row and UTF-16 column, as tree-sitter reports a node's start. */
export function numberKey(row: number, column: number): string {
  return `${row}:${column}`;
}

// Cheap test for a digit followed by an exponent: files without one are not scanned further.
const MAYBE_EXPONENT = /\d[eE][+-]?\d/;

// One token the scan must step over or act on, in order: a quoted string (to its closing quote or
// the end of the line), a line comment (`#` or `//`), a block comment, the opening line of a
// heredoc (`<<EOF` or `<<-EOF`, name captured), or an integer with an exponent that is not part of
// a word or of a decimal number (mantissa and exponent captured).
const TOKEN = /"(?:[^"\\\n]|\\.)*"?|#[^\n]*|\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|<<-?([A-Za-z_][\w-]*)[^\n]*\n|(?<![\w.])(\d+)([eE][+-]?\d+)(?![\w.])/g;

export function replaceExponentNumbers(text: string): ExponentNumbers {
  const values = new Map<string, number>();
  if (!MAYBE_EXPONENT.test(text)) return { text, values };
  const pieces: string[] = [];
  let copiedTo = 0;
  let row = 0;
  let rowStart = 0;
  let countedTo = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const [token, heredocName, mantissa, exponent] = match;
    if (heredocName !== undefined) {
      TOKEN.lastIndex = heredocEnd(text, TOKEN.lastIndex, heredocName);
      continue;
    }
    if (mantissa === undefined || exponent === undefined) continue;
    const value = Number(token);
    if (!Number.isFinite(value)) continue;
    for (; countedTo < match.index; countedTo++) {
      if (text.charCodeAt(countedTo) === 10) {
        row++;
        rowStart = countedTo + 1;
      }
    }
    values.set(numberKey(row, match.index - rowStart), value);
    pieces.push(text.slice(copiedTo, match.index), mantissa[0]!.padEnd(token.length, '0'));
    copiedTo = match.index + token.length;
  }
  if (values.size === 0) return { text, values };
  pieces.push(text.slice(copiedTo));
  return { text: pieces.join(''), values };
}

/** Where the text after a heredoc's closing line starts (the end of the text when it is never closed). */
function heredocEnd(text: string, from: number, name: string): number {
  let lineStart = from;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (text.slice(lineStart, lineEnd).trim() === name) return lineEnd;
    lineStart = lineEnd + 1;
  }
  return text.length;
}
