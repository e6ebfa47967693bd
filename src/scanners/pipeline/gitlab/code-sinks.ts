import { expandedRefsIn, type LexedScript, type ShellCommand, type ShellWord, type VariableRef } from './shell-commands.ts';

/** A variable reference whose value the script runs as code, and what runs it. */
export interface CodeSinkHit {
  ref: VariableRef;
  sink: string;
}

/** Commands that only wrap the real one (`sudo sh -c …`); with the options that take a value. */
const wrappers: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['sudo', new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-U', '-r', '-t'])],
  ['env', new Set(['-u', '-C', '-S'])],
  ['exec', new Set(['-a'])],
  ['time', new Set(['-f', '-o'])],
  ['nohup', new Set<string>()],
  ['command', new Set<string>()],
  ['builtin', new Set<string>()],
  ['nice', new Set(['-n'])],
  ['stdbuf', new Set(['-i', '-o', '-e'])],
  ['xargs', new Set(['-I', '-n', '-P', '-L', '-d', '-a', '-E', '-s'])],
  ['timeout', new Set(['-s', '-k'])],
]);
const shells: ReadonlySet<string> = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'mksh', 'fish']);
/** Interpreters that read their program from standard input when given none. */
const stdinInterpreters: ReadonlySet<string> = new Set([...shells, 'python', 'python2', 'python3', 'node', 'nodejs', 'perl', 'ruby', 'php', 'pwsh', 'powershell', 'source', '.']);

/** A word with its quotes removed and any directory dropped: `"/bin/bash"` → `bash`. */
export function bare(word: ShellWord | undefined): string {
  if (!word) return '';
  const unquoted = word.raw.replace(/["']/g, '');
  const base = unquoted.slice(unquoted.lastIndexOf('/') + 1);
  // python3.12 and python3 are both python: version suffixes dropped.
  return /^python[0-9.]*$/.test(base) ? 'python' : base.replace(/\.exe$/i, '');
}

const isAssignment = (word: ShellWord) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(word.raw);
const isOption = (word: ShellWord | undefined) => word !== undefined && word.raw.startsWith('-');

/** Index of the command's real name, past assignments and wrappers such as `sudo -u x` or `env A=1`. */
export function commandNameIndex(words: readonly ShellWord[]): number {
  let index = 0;
  while (index < words.length) {
    const word = words[index]!;
    if (isAssignment(word)) {
      index += 1;
      continue;
    }
    const valueOptions = wrappers.get(bare(word));
    if (!valueOptions) return index;
    index += 1;
    while (index < words.length && (isOption(words[index]) || isAssignment(words[index]!))) index += valueOptions.has(words[index]!.raw) ? 2 : 1;
    if (bare(word) === 'timeout' && index < words.length) index += 1;
  }
  return index;
}

/** The code a command runs from its arguments: `eval …`, `sh -c CODE`, `python -c CODE`, `ssh host CODE`, a sed or awk program. */
function codeWords(words: readonly ShellWord[], nameIndex: number): { words: ShellWord[]; sink: string } | undefined {
  const name = bare(words[nameIndex]);
  const rest = words.slice(nameIndex + 1);
  if (name === 'eval' || /^(?:invoke-expression|iex)$/i.test(name)) return { words: rest, sink: name };
  if (name === 'ssh') return { words: sshRemoteCommand(rest), sink: 'ssh' };
  if (name === 'sed' || name === 'gsed') return { words: sedScripts(rest), sink: 'sed' };
  if (/^[gmn]?awk$/.test(name)) return { words: awkProgram(rest), sink: 'awk' };
  // An interpreter anywhere in the words (`docker run img sh -c …`, `kubectl exec … -- bash -c …`) with its code flag.
  for (let index = nameIndex; index < words.length - 1; index += 1) {
    const interpreter = bare(words[index]);
    // The code flag may follow other options: `perl -pi -e CODE`, `python3 -u -c CODE`.
    for (let flagIndex = index + 1; flagIndex < words.length && isOption(words[flagIndex]); flagIndex += 1) {
      const flag = words[flagIndex]!.raw;
      const code = codeFlagArgument(interpreter, flag, words.slice(flagIndex + 1));
      if (code) return { words: code, sink: `${interpreter} ${flag}` };
    }
  }
  return undefined;
}

/** The program argument after an interpreter's "run this code" flag, or undefined. */
function codeFlagArgument(interpreter: string, flag: string, after: ShellWord[]): ShellWord[] | undefined {
  const next = after.slice(0, 1);
  // Shell flags may be bundled: -c, -ec, -xeuc.
  if (shells.has(interpreter) && /^-[a-z]*c[a-z]*$/.test(flag)) return next;
  if (interpreter === 'su' && flag === '-c') return next;
  if (interpreter === 'python' && flag === '-c') return next;
  if ((interpreter === 'node' || interpreter === 'nodejs' || interpreter === 'deno' || interpreter === 'bun') && /^(?:-e|-p|--eval|--print|eval)$/.test(flag)) return next;
  // perl -e, -pe, -ne, -le; ruby the same.
  if ((interpreter === 'perl' || interpreter === 'ruby') && /^-[a-zA-Z]*[eE]$/.test(flag)) return next;
  if (interpreter === 'php' && flag === '-r') return next;
  if ((interpreter === 'pwsh' || interpreter === 'powershell') && /^-(?:c|command)$/i.test(flag)) return after;
  if (interpreter === 'cmd' && /^\/[ck]$/i.test(flag)) return after;
  return undefined;
}

/** ssh [options] host [command…]: the remote shell evaluates the command words. */
function sshRemoteCommand(args: ShellWord[]): ShellWord[] {
  const valueOptions = new Set(['-p', '-i', '-o', '-l', '-F', '-J', '-L', '-R', '-D', '-b', '-c', '-e', '-m', '-O', '-S', '-W', '-w', '-E', '-B', '-Q']);
  let index = 0;
  while (index < args.length && isOption(args[index])) index += valueOptions.has(args[index]!.raw) ? 2 : 1;
  return args.slice(index + 1);
}

/** sed's script: the `-e` arguments, or else the first non-option word. GNU sed's `e` command runs shell code. */
function sedScripts(args: ShellWord[]): ShellWord[] {
  const scripts: ShellWord[] = [];
  for (let index = 0; index < args.length; index += 1) {
    if (args[index]!.raw === '-e' || args[index]!.raw === '--expression') scripts.push(...args.slice(index + 1, index + 2));
    if (args[index]!.raw === '-f') return [];
  }
  if (scripts.length > 0) return scripts;
  const first = args.find((word) => !isOption(word));
  return first ? [first] : [];
}

/** awk's program: the first non-option word (`-v name=value` passes data safely and is skipped). */
function awkProgram(args: ShellWord[]): ShellWord[] {
  let index = 0;
  while (index < args.length && isOption(args[index])) {
    if (args[index]!.raw === '-f') return [];
    index += /^-[vF]$/.test(args[index]!.raw) ? 2 : 1;
  }
  return args.slice(index, index + 1);
}

/** True when the command is an interpreter given no program of its own, so it runs what arrives on stdin. */
export function readsProgramFromStdin(words: readonly ShellWord[], nameIndex: number): boolean {
  const name = bare(words[nameIndex]);
  if (name === 'ssh') return sshRemoteCommand(words.slice(nameIndex + 1)).length === 0;
  if (!stdinInterpreters.has(name)) return false;
  const args = words.slice(nameIndex + 1).filter((word) => !isOption(word) || word.raw === '-');
  if (name === 'source' || name === '.') return args.length === 1 && /^\/dev\/stdin$|^-$/.test(args[0]!.raw);
  return args.length === 0 || (args.length >= 1 && args[0]!.raw === '-');
}

/**
 * Every reference, among those `isTainted` accepts, that ends up as code: in an eval-like
 * argument, as the name of the command itself, piped or fed by here-string or here-document into
 * an interpreter. A reference in a plain argument (`echo "$X"`) is data, and is left alone.
 */
export function findCodeSinks(lexed: LexedScript, isTainted: (name: string) => boolean): CodeSinkHit[] {
  const hits: CodeSinkHit[] = [];
  const taintedIn = (start: number, end: number) => expandedRefsIn(lexed.refs, start, end).filter((ref) => ref.quoting !== 'cmd' && isTainted(ref.name));
  const add = (refs: VariableRef[], sink: string) => hits.push(...refs.map((ref) => ({ ref, sink })));
  lexed.commands.forEach((command, position) => {
    const nameIndex = commandNameIndex(command.words);
    const name = command.words[nameIndex];
    if (!name) return;
    // `$X args` runs whatever the value names; "$X" quoted is one word and cannot carry arguments.
    if (name.raw.startsWith('$')) add(taintedIn(name.start, name.end).filter((ref) => ref.quoting === 'none'), 'the command name');
    const code = codeWords(command.words, nameIndex);
    if (code && code.words.length > 0) add(taintedIn(code.words[0]!.start, code.words.at(-1)!.end), code.sink);
    if (readsProgramFromStdin(command.words, nameIndex)) feedHits(command, lexed.commands[position - 1], bare(name), taintedIn, add);
  });
  return hits;
}

function feedHits(command: ShellCommand, previous: ShellCommand | undefined, name: string, taintedIn: (start: number, end: number) => VariableRef[], add: (refs: VariableRef[], sink: string) => void): void {
  if (command.hereString) add(taintedIn(command.hereString.start, command.hereString.end), `${name} <<<`);
  if (command.hereDoc?.isExpanded) add(taintedIn(command.hereDoc.start, command.hereDoc.end), `a here-document fed to ${name}`);
  if (previous?.isPipedOnward && previous.words.length > 0) add(taintedIn(previous.words[0]!.start, previous.words.at(-1)!.end), `a pipe into ${name}`);
}

/** Names assigned from tainted values in shell (`X="$CI_COMMIT_TITLE"`, `export X=…`), with the name they came from, so later uses of `$X` count too. */
export function taintedAssignments(lexed: LexedScript, isTainted: (name: string) => boolean): { name: string; source: string }[] {
  const found: { name: string; source: string }[] = [];
  for (const command of lexed.commands) {
    for (const word of command.words) {
      // NAME=value, as a command prefix or after export/local/declare/readonly.
      const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(word.raw);
      if (!assignment) continue;
      const source = expandedRefsIn(lexed.refs, word.start, word.end).find((ref) => isTainted(ref.name));
      if (source) found.push({ name: assignment[1]!, source: source.name });
    }
  }
  return found;
}
