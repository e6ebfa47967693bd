import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { RampartError } from '../core/errors.ts';

export type GitEnv = Readonly<Record<string, string | undefined>>;

export interface GitRepository {
  /** Absolute git directory (`.git`, a linked worktree's gitdir, or a bare repository). */
  gitDir: string;
}

/**
 * Settings passed with -c so they beat anything in the scanned repository's config. Nothing a
 * repository says may make git run a program for us: hooks, fsmonitor, pagers, external diff,
 * signature checks and transports are switched off. The rest pins the output format the parser
 * expects (prefixes, quoting, colour, encoding) whatever the repository or user prefers.
 */
const hardeningConfig = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.pager=cat',
  'core.attributesFile=/dev/null',
  'core.quotePath=false',
  'diff.external=',
  'diff.noprefix=false',
  'diff.relative=false',
  'diff.suppressBlankEmpty=false',
  'log.showSignature=false',
  'log.showRoot=true',
  'color.ui=false',
  'i18n.logOutputEncoding=UTF-8',
  // Partial clones fetch missing blobs on demand; a scan must never reach the network.
  'protocol.allow=never',
  // Git refuses repositories owned by another user (CI checkouts, mounted volumes) because their
  // config could run programs. Every program-running setting is overridden above and the
  // commands are read-only, so trusting the directory for this one process is safe.
  'safe.directory=*',
];

/** Inherited variables that would redirect git or inject config (a pre-commit hook sets some of them). */
function isInheritedGitVariable(name: string): boolean {
  return name.startsWith('GIT_') && name !== 'GIT_EXEC_PATH';
}

/** The environment git runs with: the caller's, minus its GIT_* steering, plus our guards. */
export function hardenedGitEnv(base: GitEnv, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) {
    if (value !== undefined && !isInheritedGitVariable(name)) env[name] = value;
  }
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    // The user's global config could change the output format or name a pager; ignore it too.
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_PAGER: 'cat',
    GIT_NO_LAZY_FETCH: '1',
    GIT_ATTR_NOSYSTEM: '1',
    // Replace refs can make a commit show someone else's content; scan what was really committed.
    GIT_NO_REPLACE_OBJECTS: '1',
    ...extra,
  };
}

export interface GitInvocation {
  /** Absolute git directory; when set, git runs against it alone (see spawnGit). */
  gitDir?: string;
  /** Working directory for repository discovery when gitDir is not known yet. */
  cwd: string;
  env: GitEnv;
  extraEnv?: Record<string, string>;
}

/**
 * Starts git without a shell. With a git directory, git also takes it as its work tree: git reads
 * .gitattributes from the work tree, and a committed .gitattributes could otherwise mark text as
 * binary (hiding secrets from the diff) or name diff drivers. The git directory holds no such
 * files, and no command we run touches a work tree. GIT_WORK_TREE beats a core.worktree setting.
 */
export function spawnGit(args: readonly string[], invocation: GitInvocation): ChildProcessByStdio<null, Readable, Readable> {
  const config = hardeningConfig.flatMap((setting) => ['-c', setting]);
  const location = invocation.gitDir ? [`--git-dir=${invocation.gitDir}`] : [];
  const workTree: Record<string, string> = invocation.gitDir ? { GIT_WORK_TREE: invocation.gitDir } : {};
  return spawn('git', ['--no-pager', ...config, ...location, ...args], {
    cwd: invocation.gitDir ?? invocation.cwd,
    env: hardenedGitEnv(invocation.env, { ...workTree, ...invocation.extraEnv }),
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: false,
    windowsHide: true,
  });
}

export interface GitOutput {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs a short git command to completion (rev-parse and the like); output is small. */
export function runGit(args: readonly string[], invocation: GitInvocation): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(args, invocation);
    const stdout: Buffer[] = [];
    const stderr = collectStderr(child.stderr);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.once('error', (error) => reject(gitSpawnError(error)));
    child.once('close', (code) => resolve({ exitCode: code ?? 1, stdout: Buffer.concat(stdout).toString('utf8'), stderr: stderr() }));
  });
}

const maxStderrBytes = 64 * 1024;

/** Keeps the first 64 KiB of stderr: enough for git's message, bounded if git floods it. */
export function collectStderr(stream: Readable): () => string {
  const chunks: Buffer[] = [];
  let total = 0;
  stream.on('data', (chunk: Buffer) => {
    if (total >= maxStderrBytes) return;
    chunks.push(chunk);
    total += chunk.length;
  });
  return () => Buffer.concat(chunks).subarray(0, maxStderrBytes).toString('utf8').trim();
}

export function gitSpawnError(error: Error): Error {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    return new RampartError('RAMPART_E_GIT', 'git is not installed or not on PATH', { hint: 'install git, or scan the directory without --git/--staged', cause: error });
  }
  return error;
}

/** First line of git's complaint, without the "fatal: " prefix. */
export function gitComplaint(stderr: string): string {
  const line = stderr.split('\n').find((candidate) => candidate.trim() !== '') ?? 'git failed';
  // A leading "fatal: " or "error: " label.
  return line.replace(/^(fatal|error): /, '');
}

/** Finds the repository that contains root, or explains why there is none. */
export async function findRepository(root: string, env: GitEnv, flag: string): Promise<GitRepository> {
  const output = await runGit(['rev-parse', '--absolute-git-dir'], { cwd: root, env });
  if (output.exitCode !== 0) {
    throw new RampartError('RAMPART_E_GIT', `${root} is not inside a git repository (${gitComplaint(output.stderr)})`, {
      hint: `run ${flag} inside a git checkout, or drop ${flag} to scan the files on disk`,
    });
  }
  return { gitDir: output.stdout.trim() };
}

/**
 * Patch-format options shared by `git log -p` and `git diff --cached`: the exact output the
 * unified-diff parser reads (no colour, drivers or textconv, full indexes, zero context, fixed
 * prefixes, short submodule lines), additions and modifications only.
 */
export const addedLinesDiffOptions = [
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--find-renames',
  '--full-index',
  '-U0',
  '--inter-hunk-context=0',
  '--src-prefix=a/',
  '--dst-prefix=b/',
  '--submodule=short',
  // Overrides a diff.orderFile setting, which could name a FIFO and hang git.
  '-O/dev/null',
  '--diff-filter=d',
] as const;
