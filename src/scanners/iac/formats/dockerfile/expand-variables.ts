/**
 * Variable expansion as BuildKit does it for FROM, COPY, ENV and the other expanding
 * instructions: `$NAME`, `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}`,
 * `${NAME+word}`; the escape character before `$` keeps it literal, and single quotes stop
 * expansion in the instructions that read quotes. A variable whose value is not known (a build
 * argument without default, a variable only the base image sets) expands to `unknownMarker`,
 * so callers can tell exactly which part of the result is unknown.
 */

/** Stands in for text no one can know before `docker build` runs (a private-use code point). */
export const unknownMarker = '\uE000';

/** A scope: variable name → value, or `unknownMarker` when declared without a known value. */
export type VariableScope = ReadonlyMap<string, string>;

export interface ExpandOptions {
  escape: string;
  /** Quote-aware (ENV, ARG, LABEL values): quotes are removed and single quotes stop expansion. */
  removeQuotes: boolean;
  /**
   * What an undeclared variable expands to: empty in FROM lines (only global ARGs exist there),
   * unknown inside a stage (the base image's ENV may set it).
   */
  undeclared: 'empty' | 'unknown';
  /** Only remove quotes and escapes, leaving `$NAME` as written. */
  keepVariables?: boolean;
}

/** A `$NAME` identifier. */
const namePattern = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Expands every variable of `text`. */
export function expandVariables(text: string, scope: VariableScope, options: ExpandOptions): string {
  if (!text.includes('$') && !(options.removeQuotes && /["'\\`]/.test(text))) return text;
  let out = '';
  let quote: '"' | "'" | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === options.escape && index + 1 < text.length && quote !== "'") {
      const next = text[index + 1]!;
      // An escaped `$` (or quote, when quotes are read) is kept literally.
      if (next === '$' || (options.removeQuotes && (next === '"' || next === "'" || next === options.escape))) {
        out += options.removeQuotes ? next : char + next;
        index++;
        continue;
      }
    }
    if (options.removeQuotes && (char === '"' || char === "'")) {
      if (quote === undefined) {
        quote = char;
        continue;
      }
      if (quote === char) {
        quote = undefined;
        continue;
      }
    }
    if (char !== '$' || quote === "'" || options.keepVariables) {
      out += char;
      continue;
    }
    const reference = readReference(text, index + 1);
    if (!reference) {
      out += char;
      continue;
    }
    out += resolveReference(reference, scope, options);
    index = reference.end - 1;
  }
  return out;
}

interface VariableReference {
  name: string;
  operator?: string;
  word?: string;
  /** Index just after the reference. */
  end: number;
}

function readReference(text: string, start: number): VariableReference | undefined {
  if (text[start] !== '{') {
    const match = namePattern.exec(text.slice(start, start + 256));
    return match ? { name: match[0], end: start + match[0].length } : undefined;
  }
  const close = matchingBrace(text, start);
  if (close === -1) return undefined;
  const inner = text.slice(start + 1, close);
  const match = namePattern.exec(inner);
  if (!match) return undefined;
  const rest = inner.slice(match[0].length);
  if (rest === '') return { name: match[0], end: close + 1 };
  // The operator of `${NAME:-word}` and friends: `:-`, `-`, `:+`, `+`, or anything else (unsupported).
  const operator = /^(:?[-+]|[^A-Za-z0-9_])/.exec(rest)?.[0] ?? rest;
  return { name: match[0], operator, word: rest.slice(operator.length), end: close + 1 };
}

/** Index of the `}` closing the `{` at `open`, counting nested `${…}`; -1 when unclosed. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  const limit = Math.min(text.length, open + 4096);
  for (let index = open; index < limit; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}' && --depth === 0) return index;
  }
  return -1;
}

function resolveReference(reference: VariableReference, scope: VariableScope, options: ExpandOptions): string {
  const value = scope.get(reference.name) ?? (options.undeclared === 'empty' ? '' : undefined);
  const isKnown = value !== undefined && !value.includes(unknownMarker);
  const word = (): string => expandVariables(reference.word ?? '', scope, { ...options, removeQuotes: false });
  switch (reference.operator) {
    case undefined:
      return isKnown ? value : unknownMarker;
    case ':-':
      if (!isKnown) return value === undefined || value === unknownMarker ? unknownMarker : value;
      return value === '' ? word() : value;
    case '-':
      return isKnown ? value : unknownMarker;
    case ':+':
      if (!isKnown) return unknownMarker;
      return value === '' ? '' : word();
    case '+':
      return isKnown ? word() : unknownMarker;
    default:
      // Pattern operators (`#`, `%`, `/`) are rare in Dockerfiles; their result is left unknown.
      return unknownMarker;
  }
}

export function hasUnknown(text: string): boolean {
  return text.includes(unknownMarker);
}

/** Expanded text for messages: each unknown part shown as `<unknown>`. */
export function showUnknown(text: string): string {
  return text.replaceAll(unknownMarker, '<unknown>');
}
