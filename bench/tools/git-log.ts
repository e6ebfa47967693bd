import type { CommandSpec } from '../measure.ts';

/**
 * Every patch of every commit: the least work any history scanner must do, since it has to
 * read the same diffs. The pager and external diff tools are off so only git's own work counts.
 */
export function gitLogSpec(repo: string): CommandSpec {
  return {
    command: 'git',
    args: ['-C', repo, '--no-pager', '-c', 'diff.external=', 'log', '-p', '--all', '--no-ext-diff', '--no-textconv'],
  };
}
