/**
 * A small shell lexer for CI scripts: enough to tell where a variable's value becomes code. It
 * knows quoting (a `'…'` word is never expanded), `$(…)` and backticks, pipes, here-strings and
 * here-documents. It is not a shell parser; anything it does not understand stays plain text.
 */

/** How a variable reference is expanded: in plain shell words, inside "…", in a here-document body, or textually by cmd.exe. */
export type RefQuoting = 'none' | 'double' | 'single' | 'heredoc' | 'cmd';

export interface VariableRef {
  name: string;
  /** [start, end) in the script text. */
  start: number;
  end: number;
  quoting: RefQuoting;
}

export interface ShellWord {
  raw: string;
  start: number;
  end: number;
}

export interface ShellCommand {
  words: ShellWord[];
  /** The next command reads this one's output through `|`. */
  isPipedOnward: boolean;
  /** `<<< word` */
  hereString: ShellWord | undefined;
  /** `<<DELIM` … `DELIM`: the body span, and whether the delimiter was unquoted (so the body is expanded). */
  hereDoc: { start: number; end: number; isExpanded: boolean } | undefined;
}

export interface LexedScript {
  commands: ShellCommand[];
  refs: VariableRef[];
}

interface Frame {
  current: ShellCommand;
  word: ShellWord | undefined;
  quote: 'none' | 'double' | 'single';
  closer: ')' | '`' | undefined;
  pendingHereDocs: { delimiter: string; isExpanded: boolean; command: ShellCommand }[];
}

const newCommand = (): ShellCommand => ({ words: [], isPipedOnward: false, hereString: undefined, hereDoc: undefined });

export function lexScript(text: string): LexedScript {
  const commands: ShellCommand[] = [];
  const refs: VariableRef[] = [];
  const stack: Frame[] = [];
  let frame: Frame = { current: newCommand(), word: undefined, quote: 'none', closer: undefined, pendingHereDocs: [] };
  let hereStringNext = false;

  const endWord = () => {
    if (!frame.word) return;
    if (hereStringNext) {
      frame.current.hereString = frame.word;
      hereStringNext = false;
    } else {
      frame.current.words.push(frame.word);
    }
    frame.word = undefined;
  };
  const endCommand = (isPipedOnward: boolean) => {
    endWord();
    frame.current.isPipedOnward = isPipedOnward;
    if (frame.current.words.length > 0 || frame.current.hereString) commands.push(frame.current);
    frame.current = newCommand();
  };
  const extendWord = (index: number, length = 1) => {
    frame.word ??= { raw: '', start: index, end: index };
    frame.word.raw += text.slice(index, index + length);
    frame.word.end = index + length;
    // Words of enclosing frames span their substitutions too.
    for (const outer of stack) if (outer.word) outer.word.end = Math.max(outer.word.end, index + length);
  };

  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (frame.quote === 'single') {
      extendWord(index);
      if (char === "'") frame.quote = 'none';
      index += 1;
      continue;
    }
    const ref = readVariableRef(text, index, frame.quote === 'double' ? 'double' : 'none');
    if (ref) {
      refs.push(ref);
      extendWord(index, ref.end - index);
      index = ref.end;
      continue;
    }
    if (char === '\\') {
      extendWord(index, 2);
      index += 2;
      continue;
    }
    if (char === '$' && text[index + 1] === '(') {
      extendWord(index, 2);
      stack.push(frame);
      frame = { current: newCommand(), word: undefined, quote: 'none', closer: ')', pendingHereDocs: [] };
      index += 2;
      continue;
    }
    if (char === '`') {
      extendWord(index);
      if (frame.closer === '`') {
        endCommand(false);
        frame = stack.pop()!;
      } else {
        stack.push(frame);
        frame = { current: newCommand(), word: undefined, quote: 'none', closer: '`', pendingHereDocs: [] };
      }
      index += 1;
      continue;
    }
    if (frame.quote === 'double') {
      extendWord(index);
      if (char === '"') frame.quote = 'none';
      index += 1;
      continue;
    }
    if (char === ')' && frame.closer === ')') {
      endCommand(false);
      frame = stack.pop()!;
      extendWord(index);
      index += 1;
      continue;
    }
    if (char === "'" || char === '"') {
      extendWord(index);
      frame.quote = char === "'" ? 'single' : 'double';
      index += 1;
      continue;
    }
    if (char === '#' && !frame.word) {
      while (index < text.length && text[index] !== '\n') index += 1;
      continue;
    }
    if (char === '\n') {
      endCommand(false);
      index = readHereDocBodies(text, index + 1, frame, refs);
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r') {
      endWord();
      index += 1;
      continue;
    }
    if (text.startsWith('<<<', index)) {
      endWord();
      hereStringNext = true;
      index += 3;
      continue;
    }
    if (text.startsWith('<<', index)) {
      endWord();
      index = readHereDocMarker(text, index + 2, frame);
      continue;
    }
    if (char === '|' && text[index + 1] !== '|') {
      endCommand(true);
      index += 1;
      continue;
    }
    if (char === ';' || char === '&' || char === '|' || char === '(' || char === ')' || char === '{' || char === '}') {
      endCommand(false);
      index += char === text[index + 1] && (char === '&' || char === '|' || char === ';') ? 2 : 1;
      continue;
    }
    extendWord(index);
    index += 1;
  }
  endCommand(false);
  while (stack.length > 0) {
    frame = stack.pop()!;
    endCommand(false);
  }
  return { commands, refs };
}

/** `$NAME`, `${NAME…}` (not `${#NAME}`, a length), PowerShell `$env:NAME`, and cmd.exe `%NAME%` at `index`. */
function readVariableRef(text: string, index: number, quoting: 'none' | 'double'): VariableRef | undefined {
  const char = text[index];
  if (char === '%') {
    // cmd.exe expands %NAME% textually before it parses the line.
    const match = /^%([A-Za-z_][A-Za-z0-9_]*)%/.exec(text.slice(index, index + 200));
    return match ? { name: match[1]!, start: index, end: index + match[0].length, quoting: 'cmd' } : undefined;
  }
  if (char !== '$') return undefined;
  // `${NAME`, then anything up to the closing brace (`${NAME:0:50}` is still the value).
  const braced = /^\$\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}/.exec(text.slice(index, index + 300));
  if (braced) return { name: braced[1]!, start: index, end: index + braced[0].length, quoting };
  // `$env:NAME` (PowerShell) or `$NAME`.
  const plain = /^\$(?:env:)?([A-Za-z_][A-Za-z0-9_]*)/.exec(text.slice(index, index + 200));
  return plain ? { name: plain[1]!, start: index, end: index + plain[0].length, quoting } : undefined;
}

/** After `<<` or `<<-`: the delimiter word; quoted delimiters (`'EOF'`, `"EOF"`, `\EOF`) turn expansion off in the body. */
function readHereDocMarker(text: string, index: number, frame: Frame): number {
  let cursor = index;
  if (text[cursor] === '-') cursor += 1;
  while (text[cursor] === ' ' || text[cursor] === '\t') cursor += 1;
  // An optional quote or backslash, then the delimiter's word characters.
  const match = /^(['"\\]?)([A-Za-z0-9_.-]+)['"]?/.exec(text.slice(cursor, cursor + 100));
  if (!match) return cursor;
  frame.pendingHereDocs.push({ delimiter: match[2]!, isExpanded: match[1] === '', command: frame.current });
  return cursor + match[0].length;
}

/** Consumes pending here-document bodies after a newline; variable references in expanded bodies are recorded. */
function readHereDocBodies(text: string, index: number, frame: Frame, refs: VariableRef[]): number {
  let cursor = index;
  for (const pending of frame.pendingHereDocs.splice(0)) {
    const bodyStart = cursor;
    let bodyEnd = text.length;
    while (cursor < text.length) {
      const lineEnd = text.indexOf('\n', cursor) === -1 ? text.length : text.indexOf('\n', cursor);
      const line = text.slice(cursor, lineEnd);
      if (line.trim() === pending.delimiter) {
        bodyEnd = cursor;
        cursor = Math.min(text.length, lineEnd + 1);
        break;
      }
      if (pending.isExpanded) {
        for (let at = cursor; at < lineEnd; at += 1) {
          const ref = text[at] === '$' ? readVariableRef(text, at, 'none') : undefined;
          if (!ref) continue;
          refs.push({ ...ref, quoting: 'heredoc' });
          at = ref.end - 1;
        }
      }
      cursor = lineEnd + 1;
    }
    pending.command.hereDoc = { start: bodyStart, end: Math.min(bodyEnd, text.length), isExpanded: pending.isExpanded };
  }
  return cursor;
}

/** References inside [start, end) that the shell expands into the text there (not single-quoted ones). */
export function expandedRefsIn(refs: readonly VariableRef[], start: number, end: number): VariableRef[] {
  return refs.filter((ref) => ref.start >= start && ref.end <= end && ref.quoting !== 'single');
}
