import { RampartError } from '../core/errors.ts';
import { addedLinesDiffOptions, findRepository, gitComplaint, runGit, type GitEnv, type GitInvocation } from './git-command.ts';
import { streamAddedLines, type GitSource, type GitSourceReport } from './git-diff-stream.ts';

export interface GitHistoryOptions {
  root: string;
  maxFileBytes: number;
  /** Only commits not reachable from this revision (`REV..`). */
  since?: string;
  /** Only commits reachable from this branch or ref, instead of every ref. */
  branch?: string;
  exclude: readonly string[];
  /** Environment git inherits (PATH, HOME); defaults to this process's. */
  env?: GitEnv;
}

/**
 * `rampart scan --git`: the lines each commit added, file by file, from one streamed `git log -p`.
 * Nothing is checked out and git never runs a program the repository names.
 */
export async function createGitHistorySource(options: GitHistoryOptions): Promise<GitSource> {
  const env = options.env ?? process.env;
  const repository = await findRepository(options.root, env, '--git');
  const invocation: GitInvocation = { cwd: options.root, gitDir: repository.gitDir, env };
  const branch = options.branch === undefined ? undefined : await resolveCommit(options.branch, '--branch', options.root, invocation);
  const since = options.since === undefined ? undefined : await resolveCommit(options.since, '--since', options.root, invocation);
  const report: GitSourceReport = { notices: [], errors: [], skipped: 0 };
  const files = streamAddedLines(historyArgs(branch, since), invocation, { maxFileBytes: options.maxFileBytes, exclude: options.exclude, command: 'git log' }, report);
  return { files, report: () => report };
}

/**
 * Each added line is read once, in the commit that added it:
 * - every commit reachable from every ref is walked (not --first-parent), so side-branch commits
 *   show their own diffs with their own sha, author and date;
 * - merges use --cc (dense combined diff): only hunks where the merge result differs from every
 *   parent, i.e. conflict resolutions and edits made in the merge itself; -m would repeat each
 *   side's changes once per parent;
 * - renames are followed (--find-renames) so moving a file does not re-report all of its lines;
 * - deletions (--diff-filter=d) add no lines, so git is not asked to print them.
 * A secret added and later deleted is still found in the commit that added it.
 * Revisions arrive as full shas from rev-parse, so no user text reaches git's option parser.
 */
function historyArgs(branch: string | undefined, since: string | undefined): string[] {
  return [
    'log',
    '-p',
    '--cc',
    ...addedLinesDiffOptions,
    // NUL starts no line of a diff, so this commit line cannot be mistaken for content.
    '--format=%x00%H%x00%an <%ae>%x00%aI',
    branch ?? '--all',
    ...(since ? [`^${since}`] : []),
    '--',
  ];
}

async function resolveCommit(revision: string, flag: string, root: string, invocation: GitInvocation): Promise<string> {
  // --end-of-options: a revision such as "--output=x" must stay a name, never become an option.
  const output = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], invocation);
  if (output.exitCode === 0) return output.stdout.trim();
  const detail = output.stderr ? ` (${gitComplaint(output.stderr)})` : '';
  throw new RampartError('RAMPART_E_GIT', `${flag} ${revision}: unknown revision in the repository at ${root}${detail}`, {
    hint: 'check the name with `git rev-parse`; in a shallow CI clone, fetch the history first (actions/checkout: fetch-depth: 0)',
  });
}
