/** How an instruction's argument text splits into flags, exec or shell form, and key=value pairs. */

/** Instructions that accept `--name=value` flags before their arguments. */
const flagKeywords: ReadonlySet<string> = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK']);
/** Instructions whose arguments may be a JSON array (exec form). */
const execKeywords: ReadonlySet<string> = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'COPY', 'ADD', 'VOLUME']);

export interface InstructionArguments {
  flags: Record<string, string[]>;
  /** Text after the flags. */
  rest: string;
  form: 'exec' | 'shell';
  arguments: string[];
}

/** Leading `--flag` or `--flag=value` words, then the JSON array or the words that follow. */
export function readInstructionArguments(keyword: string, text: string): InstructionArguments {
  const flags: Record<string, string[]> = {};
  let rest = text.trimStart();
  if (flagKeywords.has(keyword)) {
    // `--name` or `--name=value` at the start; the value runs to the next unquoted blank.
    const flagPattern = /^--([A-Za-z][A-Za-z0-9-]*)(?:=("[^"]*"|'[^']*'|\S*))?(?:\s+|$)/;
    for (let match = flagPattern.exec(rest); match; match = flagPattern.exec(rest)) {
      const name = match[1]!.toLowerCase();
      (flags[name] ??= []).push(unquote(match[2] ?? ''));
      rest = rest.slice(match[0].length);
    }
  }
  if (execKeywords.has(keyword) && rest.startsWith('[')) {
    const array = parseJsonArray(rest);
    if (array) return { flags, rest, form: 'exec', arguments: array };
  }
  return { flags, rest, form: 'shell', arguments: splitWords(rest) };
}

function parseJsonArray(text: string): string[] | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Words separated by blanks, quotes kept but blanks inside quotes not splitting. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (const char of text) {
    if (quote) {
      current += char;
      if (char === quote) quote = undefined;
    } else if (char === ' ' || char === '\t') {
      if (current) words.push(current);
      current = '';
    } else {
      if (char === '"' || char === "'") quote = char;
      current += char;
    }
  }
  if (current) words.push(current);
  return words;
}

export interface RawPair {
  key: string;
  /** Value as written (quotes kept), undefined for `ARG NAME`. */
  rawValue?: string;
}

/**
 * `ENV`, `ARG` and `LABEL` pairs: `KEY=value KEY2="v 2"`, or the legacy `ENV KEY value…` form
 * where the whole rest is the value.
 */
export function readPairs(keyword: string, text: string): RawPair[] {
  const words = splitWords(text);
  if (words.length === 0) return [];
  if (keyword === 'ENV' && !words[0]!.includes('=')) {
    const key = words[0]!;
    return [{ key, rawValue: text.trimStart().slice(key.length).trim() }];
  }
  return words.map((word) => {
    const equals = word.indexOf('=');
    if (equals === -1) return { key: unquote(word) };
    return { key: unquote(word.slice(0, equals)), rawValue: word.slice(equals + 1) };
  });
}

function unquote(text: string): string {
  return text.length >= 2 && (text[0] === '"' || text[0] === "'") && text[text.length - 1] === text[0] ? text.slice(1, -1) : text;
}
