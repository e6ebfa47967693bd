import { isAbsolute, resolve } from 'node:path';
import { addedLinesDiffOptions, findRepository, type GitEnv, type GitInvocation } from './git-command.ts';
import { streamAddedLines, type GitSource, type GitSourceReport } from './git-diff-stream.ts';

export interface GitStagedOptions {
  root: string;
  maxFileBytes: number;
  exclude: readonly string[];
  /** Environment git inherits (PATH, HOME, GIT_INDEX_FILE in a hook); defaults to this process's. */
  env?: GitEnv;
}

/**
 * `rampart scan --staged` (pre-commit): the lines the index adds over HEAD, with their line
 * numbers in the staged file. In a repository without commits everything staged is new.
 */
export async function createStagedSource(options: GitStagedOptions): Promise<GitSource> {
  const env = options.env ?? process.env;
  const repository = await findRepository(options.root, env, '--staged');
  const invocation: GitInvocation = { cwd: options.root, gitDir: repository.gitDir, env, extraEnv: indexFileEnv(env, options.root) };
  const report: GitSourceReport = { notices: [], errors: [], skipped: 0 };
  const args = [
    'diff',
    '--cached',
    '-p',
    ...addedLinesDiffOptions,
    '--',
  ];
  const files = streamAddedLines(args, invocation, { maxFileBytes: options.maxFileBytes, exclude: options.exclude, command: 'git diff --cached' }, report);
  return { files, report: () => report };
}

/**
 * `git commit -a` and `git commit <paths>` stage into a temporary index and name it in
 * GIT_INDEX_FILE for the pre-commit hook; that index is what will be committed. Git may pass it
 * relative to the work tree, and our git runs elsewhere, so it is made absolute.
 */
function indexFileEnv(env: GitEnv, root: string): Record<string, string> {
  const indexFile = env.GIT_INDEX_FILE;
  if (!indexFile) return {};
  return { GIT_INDEX_FILE: isAbsolute(indexFile) ? indexFile : resolve(root, indexFile) };
}
