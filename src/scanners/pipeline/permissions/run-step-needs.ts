import type { ScopeLevels, TokenScope } from './scopes.ts';
import { mergeLevels } from './scopes.ts';

/** What the shell of a `run:` step can reach besides its own text. */
export interface RunContext {
  /** The job token is in the step's environment (workflow, job or step `env:`) or in the script. */
  tokenInEnvironment: boolean;
  /** An earlier actions/checkout left the job token in .git/config. */
  gitHasJobToken: boolean;
  /** An earlier docker/login-action logged in with the job token. */
  dockerHasJobToken: boolean;
}

export interface StepNeeds {
  needs: ScopeLevels;
  /** Scopes the step may use in ways the file does not show; `all` when it may use any. */
  unknown: ReadonlySet<TokenScope> | 'all';
  /** Why the step's needs are not fully known, for messages. */
  reason?: string;
}

/** Commands that never call GitHub: text, files, archives and shell structure. */
const inertCommands = new Set([
  'echo', 'printf', 'cat', 'ls', 'cd', 'pushd', 'popd', 'mkdir', 'cp', 'mv', 'rm', 'rmdir', 'ln', 'test', '[', '[[', ']]', 'export', 'set', 'unset', 'shift',
  'exit', 'return', 'true', 'false', ':', 'sleep', 'date', 'touch', 'chmod', 'chown', 'pwd', 'tee', 'jq', 'yq', 'grep', 'egrep', 'fgrep', 'sed', 'awk',
  'sort', 'uniq', 'head', 'tail', 'tr', 'cut', 'wc', 'basename', 'dirname', 'realpath', 'readlink', 'diff', 'cmp', 'tar', 'zip', 'unzip', 'gzip',
  'gunzip', 'xz', 'sha256sum', 'sha1sum', 'shasum', 'md5sum', 'base64', 'fi', 'done', 'esac', '}', ')', ';;', 'local', 'declare', 'readonly', 'whoami',
  'uname', 'df', 'du', 'free', 'nproc', 'env', 'printenv', 'which', 'type', 'command', 'read', 'case', 'for', 'function', 'wait', 'trap', 'cls', 'rem',
  'write-host', 'write-output', 'set-content', 'get-content', 'out-file', 'add-content',
]);

/** Words that introduce a command without being one (`if`, `then`, `sudo` …). */
const prefixWords = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', '(', 'time', 'sudo', 'exec', 'nohup', 'xargs']);

/** Names of release and publishing work: a script or tool with one of them may push or sign. */
// A word starting with push, release, publish, deploy, tag, version, bump, commit, changelog, or gh-pages.
const releaseWords = /\b(?:push|release|publish|deploy|tag|version|bump|commit|changelog|gh-pages|sign|attest|provenance)/i;

/** Publishing tools that may exchange the OIDC token (trusted publishing, keyless signing). */
// npm/pnpm/yarn/bun/uv/poetry/cargo/gem/twine publish or push commands, cosign, semantic-release, goreleaser.
const oidcTools = /\b(?:(?:npm|pnpm|yarn|bun|uv|poetry|cargo|hatch|flit)\s+(?:\S+\s+)*publish|gem\s+push|twine\s+upload|cosign\s|semantic-release|goreleaser|jreleaser|changeset\s+publish)/i;

/** The runner's variables for requesting an OIDC token: the script does it by hand. */
// ACTIONS_ID_TOKEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN.
const oidcVariables = /ACTIONS_ID_TOKEN_REQUEST_(?:URL|TOKEN)/;

/** The scopes a script's commands use, as far as the text shows. */
export function runStepNeeds(script: string, context: RunContext): StepNeeds {
  let needs: ScopeLevels = {};
  const unknown = new Set<TokenScope>();
  if (oidcVariables.test(script)) needs['id-token'] = 'write';
  if (/--provenance\b/.test(script)) needs['id-token'] = 'write';
  if (oidcTools.test(script) || releaseWords.test(script)) unknown.add('id-token');
  if (context.gitHasJobToken && releaseWords.test(script)) unknown.add('contents');
  if (context.dockerHasJobToken && releaseWords.test(script)) unknown.add('packages');
  for (const command of shellCommands(script)) {
    const result = commandNeeds(command, context);
    if (result === 'unknown') {
      if (context.tokenInEnvironment) return { needs, unknown: 'all', reason: `\`${firstWords(command)}\` runs with the job token in its environment` };
      // Any program can fetch an OIDC token from the runner's variables (cloud CLIs and Terraform providers do it on their own).
      unknown.add('id-token');
      continue;
    }
    needs = mergeLevels(needs, result);
  }
  return { needs, unknown };
}

/** Commands of a script: lines joined at backslash continuations, split at `;`, `&&`, `||`, `|`, with `$( … )` contents as commands of their own. */
export function shellCommands(script: string): string[] {
  const joined = script.replace(/\\\r?\n/g, ' ');
  const commands: string[] = [];
  for (const line of joined.split(/\r?\n/)) {
    if (/^\s*#/.test(line)) continue;
    // Command substitutions `$( … )` and backticks hold commands too.
    for (const inner of line.matchAll(/\$\(([^()]*)\)|`([^`]*)`/g)) commands.push(...splitCommands(inner[1] ?? inner[2] ?? ''));
    commands.push(...splitCommands(line));
  }
  return commands.map(stripPrefixes).filter((command) => command !== '');
}

function splitCommands(line: string): string[] {
  // Shell separators: `&&`, `||`, `;`, a single `|`.
  return line.split(/&&|\|\||;|\|/);
}

/** Drops leading keywords and `NAME=value` assignments, so the first word is the program. */
function stripPrefixes(command: string): string {
  let words = command.trim().split(/\s+/).filter(Boolean);
  for (;;) {
    const [first] = words;
    if (first === undefined) return '';
    // An assignment `NAME=value` before the program, or `$(`/quote fragments left by the split.
    if (prefixWords.has(first) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(first)) words = words.slice(1);
    else break;
  }
  return words.join(' ');
}

function firstWords(command: string): string {
  return command.split(/\s+/).slice(0, 3).join(' ');
}

/** Scopes one command uses, or `unknown` when the program may call GitHub in ways the text hides. */
function commandNeeds(command: string, context: RunContext): ScopeLevels | 'unknown' {
  const words = command.split(/\s+/);
  const program = (words[0] ?? '').replace(/^["']|["']$/g, '').toLowerCase();
  if (inertCommands.has(program) || program.startsWith('#')) return {};
  if (program === 'git') return gitNeeds(words.slice(1), context);
  if (program === 'gh') return context.tokenInEnvironment ? ghNeeds(words.slice(1)) : {};
  if (program === 'docker' || program === 'podman') return dockerNeeds(words.slice(1), context);
  return 'unknown';
}

function gitNeeds(args: string[], context: RunContext): ScopeLevels {
  const subcommand = args.find((word) => !word.startsWith('-'));
  const hasToken = context.gitHasJobToken || context.tokenInEnvironment;
  if (!hasToken) return {};
  if (subcommand === 'push') return { contents: 'write' };
  if (subcommand && ['fetch', 'pull', 'clone', 'ls-remote', 'submodule', 'lfs'].includes(subcommand)) return { contents: 'read' };
  return {};
}

function dockerNeeds(args: string[], context: RunContext): ScopeLevels | 'unknown' {
  const hasToken = context.dockerHasJobToken || context.tokenInEnvironment;
  const joined = args.join(' ');
  if (!hasToken) return {};
  if (args[0] === 'login' || args[0] === 'push' || /\s--push\b/.test(` ${joined}`)) return { packages: 'write' };
  if (args[0] === 'pull' || args[0] === 'build' || args[0] === 'run' || args[0] === 'buildx') return { packages: 'read' };
  return 'unknown';
}

/** `gh <group> <verb>` to the scope it needs; `gh api` and anything unlisted is unknown. */
const ghScopes: Record<string, { read: TokenScope[]; write: TokenScope[]; readVerbs: string[] }> = {
  pr: { read: ['pull-requests', 'contents'], write: ['pull-requests'], readVerbs: ['view', 'list', 'diff', 'checks', 'status', 'checkout'] },
  issue: { read: ['issues'], write: ['issues'], readVerbs: ['view', 'list', 'status'] },
  release: { read: ['contents'], write: ['contents'], readVerbs: ['view', 'list', 'download'] },
  run: { read: ['actions'], write: ['actions'], readVerbs: ['view', 'list', 'download', 'watch'] },
  workflow: { read: ['actions'], write: ['actions'], readVerbs: ['view', 'list'] },
  cache: { read: ['actions'], write: ['actions'], readVerbs: ['list'] },
  label: { read: ['issues'], write: ['issues'], readVerbs: ['list'] },
  repo: { read: ['contents'], write: ['contents'], readVerbs: ['view', 'clone'] },
};

function ghNeeds(args: string[]): ScopeLevels | 'unknown' {
  const [group, verb] = args;
  if (group === 'auth' && verb === 'setup-git') return { contents: 'write' };
  if (group === 'auth' && verb === 'status') return {};
  const entry = group ? ghScopes[group] : undefined;
  if (!entry || !verb) return 'unknown';
  if (group === 'repo' && !entry.readVerbs.includes(verb)) return 'unknown';
  const isRead = entry.readVerbs.includes(verb);
  const needs: ScopeLevels = {};
  for (const scope of isRead ? entry.read : entry.write) needs[scope] = isRead ? 'read' : 'write';
  // Merging a pull request writes its base branch.
  if (group === 'pr' && verb === 'merge') needs.contents = 'write';
  if (group === 'pr' && verb === 'checkout') needs.contents = 'read';
  return needs;
}
