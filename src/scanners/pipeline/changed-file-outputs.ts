import { actionName } from './step-actions.ts';
import type { TaintClassifier } from './taint.ts';
import type { PipelineFile, Step } from './workflow-model.ts';

/** Actions whose outputs list the paths a push or pull request changed. Lower-case `owner/repo`. */
const fileListActions: ReadonlySet<string> = new Set([
  'tj-actions/changed-files',
  'step-security/changed-files',
  'dorny/paths-filter',
  'jitterbit/get-changed-files',
  'ana06/get-changed-files',
  'trilom/file-changes-action',
]);

// An output that lists paths: `all_changed_files`, `added_files`, paths-filter's `<filter>_files`, or get-changed-files' `all`, `added`, `modified`, `removed`, `renamed`, `added_modified`.
const fileListOutput = /(?:files|^all|^added|^modified|^removed|^renamed|^added_modified)$/;

// Pull request events: the author of the pull request names its files.
const pullRequestTriggers: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target']);

/**
 * File names are text the author of a pull request chooses, and git allows `$(…)`, backticks and
 * `;` in them, so a list of changed files pasted into a script runs whatever a file is named.
 * Outputs of file-list actions count as attacker text in workflows pull requests start.
 */
export function withChangedFileLists(base: TaintClassifier, file: PipelineFile, steps: readonly Step[]): TaintClassifier {
  if (file.kind !== 'workflow' || !file.triggers.some((trigger) => pullRequestTriggers.has(trigger.name))) return base;
  const listers = new Map(steps.flatMap((step) => (step.id && fileListActions.has(actionName(step) ?? '') ? [[step.id.value.toLowerCase(), step] as const] : [])));
  if (listers.size === 0) return base;
  return (path) => {
    const known = base(path);
    if (known || path[0] !== 'steps' || path[2] !== 'outputs' || path[3] === undefined) return known;
    const step = listers.get(path[1] ?? '');
    return step && fileListOutput.test(path[3]) ? `steps.${step.id!.value}.outputs.${path[3]} (file names from the pull request)` : undefined;
  };
}

/** Outputs of a file-list action that are counts or flags (`any_changed`, `all_changed_files_count`), not names. */
export function isChangedFileFlag(step: Step, output: string): boolean {
  return fileListActions.has(actionName(step) ?? '') && !fileListOutput.test(output);
}
