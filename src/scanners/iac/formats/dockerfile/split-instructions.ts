import type { DockerComment, DockerfileDirectives, HeredocBody } from './dockerfile-model.ts';

/** An instruction as the file spells it, before its arguments are interpreted. */
export interface RawInstruction {
  keyword: string;
  line: number;
  endLine: number;
  /** Text after the keyword, continuation lines joined as BuildKit joins them (escape and newline removed). */
  text: string;
  heredocs: HeredocBody[];
}

export interface SplitProblem {
  line: number;
  message: string;
}

export interface SplitDockerfile {
  directives: DockerfileDirectives;
  instructions: RawInstruction[];
  comments: DockerComment[];
  problems: SplitProblem[];
}

export const dockerfileKeywords: ReadonlySet<string> = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);

/** Instructions whose arguments may open here-documents. */
const heredocKeywords: ReadonlySet<string> = new Set(['RUN', 'COPY', 'ADD']);

/** A parser directive at the top of the file: `# name=value`, names compared case-insensitively. */
const directivePattern = /^\s*#\s*([A-Za-z][A-Za-z0-9_-]*)\s*=\s*(.*?)\s*$/;
/** A line whose first non-blank character is `#`. */
const commentPattern = /^\s*#/;
/** The keyword (first word) of an instruction line and where its arguments start. */
const keywordPattern = /^\s*(\S+)\s*/;

/**
 * Splits a Dockerfile into directives, comments and instructions in one pass over its lines.
 * Unknown keywords, a here-document never closed and similar damage become problems; the rest
 * of the file is still read, as BuildKit's own errors stop at the first one but users want every
 * other finding.
 */
export function splitInstructions(text: string): SplitDockerfile {
  // A UTF-8 byte order mark is not part of the first directive or keyword.
  const lines = (text.startsWith('\uFEFF') ? text.slice(1) : text).split('\n');
  const problems: SplitProblem[] = [];
  const { directives, firstLine } = readDirectives(lines, problems);
  const escape = directives.escape;
  const comments: DockerComment[] = [];
  const instructions: RawInstruction[] = [];
  let unknownKeywords = 0;
  let index = firstLine;
  while (index < lines.length) {
    const line = stripCarriageReturn(lines[index]!);
    if (line.trim() === '') {
      index++;
      continue;
    }
    if (commentPattern.test(line)) {
      comments.push({ line: index + 1, text: line.trim().slice(1).trim() });
      index++;
      continue;
    }
    const start = index;
    const joined = joinContinuations(lines, index, escape, comments);
    index = joined.nextIndex;
    const keywordMatch = keywordPattern.exec(joined.text)!;
    const keyword = keywordMatch[1]!.toUpperCase();
    if (!dockerfileKeywords.has(keyword)) {
      if (unknownKeywords++ === 0) problems.push({ line: start + 1, message: `unknown instruction "${printable(keywordMatch[1]!)}"` });
      continue;
    }
    const argumentText = joined.text.slice(keywordMatch[0].length).trimEnd();
    const heredocs: HeredocBody[] = [];
    if (heredocKeywords.has(keyword) && argumentText.includes('<<')) {
      for (const opener of heredocOpeners(argumentText)) {
        const read = readHeredoc(lines, index, opener);
        heredocs.push(read.heredoc);
        index = read.nextIndex;
        if (!read.heredoc.isTerminated) problems.push({ line: start + 1, message: `here-document "${printable(opener.delimiter)}" is never closed: it runs to the end of the file` });
      }
    }
    instructions.push({ keyword, line: start + 1, endLine: index, text: argumentText, heredocs });
  }
  if (unknownKeywords > 1) problems[problems.findIndex((problem) => problem.message.startsWith('unknown instruction'))]!.message += ` (and ${unknownKeywords - 1} more lines that are not instructions)`;
  return { directives, instructions, comments, problems };
}

function readDirectives(lines: readonly string[], problems: SplitProblem[]): { directives: DockerfileDirectives; firstLine: number } {
  const directives: DockerfileDirectives = { escape: '\\' };
  let index = 0;
  for (; index < lines.length; index++) {
    const match = directivePattern.exec(stripCarriageReturn(lines[index]!));
    if (!match) break;
    const name = match[1]!.toLowerCase();
    const value = match[2]!;
    if (name === 'escape') {
      if (value === '\\' || value === '`') directives.escape = value;
      else problems.push({ line: index + 1, message: `escape directive must be \\ or \`, not "${printable(value)}"` });
    } else if (name === 'syntax') directives.syntax = value;
    else if (name !== 'check') break;
  }
  return { directives, firstLine: index };
}

/**
 * One logical line: while a line ends with the escape character, the next line continues it.
 * Comment lines and blank lines inside a continuation are dropped, as BuildKit drops them.
 */
function joinContinuations(lines: readonly string[], start: number, escape: string, comments: DockerComment[]): { text: string; nextIndex: number } {
  let current = stripCarriageReturn(lines[start]!);
  let index = start + 1;
  if (!endsWithEscape(current, escape)) return { text: current, nextIndex: index };
  const parts: string[] = [];
  while (endsWithEscape(current, escape)) {
    const trimmed = current.trimEnd();
    parts.push(trimmed.slice(0, -1));
    // Skip comment and blank lines that sit inside the continuation.
    while (index < lines.length) {
      const next = stripCarriageReturn(lines[index]!);
      if (next.trim() === '') index++;
      else if (commentPattern.test(next)) {
        comments.push({ line: index + 1, text: next.trim().slice(1).trim() });
        index++;
      } else break;
    }
    if (index >= lines.length) return { text: parts.join(''), nextIndex: index };
    current = stripCarriageReturn(lines[index]!);
    index++;
  }
  parts.push(current);
  return { text: parts.join(''), nextIndex: index };
}

function endsWithEscape(line: string, escape: string): boolean {
  const trimmed = line.trimEnd();
  return trimmed.length > 0 && trimmed[trimmed.length - 1] === escape;
}

interface HeredocOpener {
  delimiter: string;
  stripsTabs: boolean;
  isQuoted: boolean;
}

/**
 * `<<EOF`, `<<-EOF`, `<<"EOF"` and `<<'EOF'` words outside quotes, in order (`<<<` here-strings
 * are not here-documents).
 */
export function heredocOpeners(text: string): HeredocOpener[] {
  const openers: HeredocOpener[] = [];
  let quote: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quote) {
      if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      continue;
    }
    if (char !== '<' || text[index + 1] !== '<' || text[index - 1] === '<' || text[index + 2] === '<') continue;
    // BuildKit reads a here-document only from a word that starts with `<<` (or a file descriptor
    // number and `<<`), so `$((1<<2))` and `cat<<EOF` are not openers.
    if (!/(?:^|\s)\d*$/.test(text.slice(Math.max(0, index - 12), index))) continue;
    // Optional dash, optional quote, the delimiter word, the same quote.
    const match = /^<<(-?)(["']?)([A-Za-z0-9_.-]+)\2/.exec(text.slice(index, index + 200));
    if (!match) continue;
    openers.push({ delimiter: match[3]!, stripsTabs: match[1] === '-', isQuoted: match[2] !== '' });
    index += match[0].length - 1;
  }
  return openers;
}

function readHeredoc(lines: readonly string[], start: number, opener: HeredocOpener): { heredoc: HeredocBody; nextIndex: number } {
  const body: string[] = [];
  let index = start;
  while (index < lines.length) {
    let line = stripCarriageReturn(lines[index]!);
    index++;
    if (opener.stripsTabs) line = line.replace(/^\t+/, '');
    if (line === opener.delimiter) {
      return { heredoc: { delimiter: opener.delimiter, line: start + 1, body: body.join('\n'), isQuoted: opener.isQuoted, isTerminated: true }, nextIndex: index };
    }
    body.push(line);
  }
  return { heredoc: { delimiter: opener.delimiter, line: start + 1, body: body.join('\n'), isQuoted: opener.isQuoted, isTerminated: false }, nextIndex: index };
}

function stripCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** Text from a damaged file, cut short and with control characters shown as `?`, for messages. */
function printable(text: string): string {
  // Control characters (C0, DEL, C1) would garble a terminal.
  // oxlint-disable-next-line no-control-regex -- removing control characters is the point here
  return text.slice(0, 40).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
