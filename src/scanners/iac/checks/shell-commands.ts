/**
 * Simple commands of a POSIX shell script, as far as Dockerfile rules need them: the words of
 * each command (quotes removed, variables left as written) and the operator joining it to the
 * previous command, so `curl … | sh` and `apt-get update && apt-get install` can be recognised.
 * Not a shell: command substitutions and subshells stay inside the word that holds them.
 */
export interface ShellCommand {
  words: string[];
  /** The operator before this command: `|` for the right side of a pipe. */
  after?: ShellOperator;
}

export type ShellOperator = '|' | '&&' | '||' | ';' | '&' | 'newline';

/** Reserved words that open or continue a compound command and sit before the real command. */
const leadingReservedWords: ReadonlySet<string> = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', '(', 'time']);
/** Commands that run their arguments as another command. */
const wrapperCommands: ReadonlySet<string> = new Set(['sudo', 'env', 'exec', 'nohup', 'command', 'doas', 'su-exec', 'gosu']);

export function shellCommands(script: string): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let words: string[] = [];
  let word = '';
  let hasWord = false;
  let after: ShellOperator | undefined;
  const endWord = (): void => {
    if (hasWord) words.push(word);
    word = '';
    hasWord = false;
  };
  const endCommand = (operator: ShellOperator): void => {
    endWord();
    const command = withoutReservedWords(words);
    if (command.length > 0) commands.push(after === undefined ? { words: command } : { words: command, after });
    words = [];
    after = operator;
  };
  for (let index = 0; index < script.length; index++) {
    const char = script[index]!;
    const next = script[index + 1];
    if (char === "'" || char === '"') {
      const close = closingQuote(script, index);
      word += script.slice(index + 1, close).replace(char === '"' ? /\\(["\\$`])/g : /$^/, '$1');
      hasWord = true;
      index = close;
    } else if (char === '\\' && next !== undefined) {
      if (next !== '\n') word += next;
      hasWord ||= next !== '\n';
      index++;
    } else if ((char === '$' && next === '(') || char === '`') {
      const close = char === '`' ? closingQuote(script, index) : closingParenthesis(script, index + 1);
      word += script.slice(index, close + 1);
      hasWord = true;
      index = close;
    } else if (char === '#' && !hasWord) {
      const newline = script.indexOf('\n', index);
      index = (newline === -1 ? script.length : newline) - 1;
    } else if ((char === '&' && next === '&') || (char === '|' && next === '|')) {
      endCommand(char === '&' ? '&&' : '||');
      index++;
    } else if (char === '|' || char === ';' || char === '&' || char === '\n') {
      endCommand(char === '\n' ? 'newline' : char === '|' ? '|' : char === ';' ? ';' : '&');
    } else if (char === '(' || char === ')') {
      endCommand(';');
    } else if (char === ' ' || char === '\t' || char === '\r') {
      endWord();
    } else {
      word += char;
      hasWord = true;
    }
  }
  endCommand(';');
  return commands;
}

function withoutReservedWords(words: string[]): string[] {
  let start = 0;
  while (start < words.length && leadingReservedWords.has(words[start]!)) start++;
  const rest = start === 0 ? words : words.slice(start);
  return rest.length === 1 && (rest[0] === 'fi' || rest[0] === 'done' || rest[0] === '}' || rest[0] === 'esac') ? [] : rest;
}

function closingQuote(script: string, open: number): number {
  const quote = script[open]!;
  for (let index = open + 1; index < script.length; index++) {
    if (script[index] === '\\' && quote !== "'") index++;
    else if (script[index] === quote) return index;
  }
  return script.length - 1;
}

function closingParenthesis(script: string, open: number): number {
  let depth = 0;
  for (let index = open; index < script.length; index++) {
    if (script[index] === '(') depth++;
    else if (script[index] === ')' && --depth === 0) return index;
  }
  return script.length - 1;
}

/**
 * The command a simple command really runs: leading `NAME=value` assignments and wrappers
 * (`sudo -E`, `env`, `exec`) skipped. Returns the program name (without its directory) and its
 * arguments.
 */
export function effectiveCommand(command: ShellCommand): { name: string; args: string[] } | undefined {
  let index = 0;
  const words = command.words;
  while (index < words.length) {
    const word = words[index]!;
    // A leading `NAME=value` assignment applies to the command after it.
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) index++;
    else if (wrapperCommands.has(baseName(word))) {
      index++;
      // Options of the wrapper itself (`sudo -E -u app`): skip dashes and the user after -u.
      while (index < words.length && words[index]!.startsWith('-')) index += words[index] === '-u' ? 2 : 1;
    } else break;
  }
  if (index >= words.length) return undefined;
  return { name: baseName(words[index]!), args: words.slice(index + 1) };
}

/** Arguments that are not options, leaving out the values of the options listed as taking one. */
export function operands(args: readonly string[], optionsWithValue: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--') {
      out.push(...args.slice(index + 1));
      break;
    }
    if (arg.startsWith('-') && arg !== '-') {
      if (optionsWithValue.has(arg)) index++;
      continue;
    }
    out.push(arg);
  }
  return out;
}

/** True when the arguments hold the long option (`--no-cache`, `--no-cache=…`) or, for one letter, the short one (also inside `-yq`). */
export function hasOption(args: readonly string[], long: string, short?: string): boolean {
  return args.some((arg) => arg === `--${long}` || arg.startsWith(`--${long}=`) || (short !== undefined && /^-[A-Za-z]+$/.test(arg) && arg.slice(1).includes(short)));
}

function baseName(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}
