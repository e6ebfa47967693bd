import type { WorkflowFile } from './workflow-model.ts';

/**
 * Events where a run started by an outsider (fork pull request, issue, comment) gets the base
 * repository's secrets and a token that can write.
 */
export const privilegedOutsiderTriggers: ReadonlySet<string> = new Set([
  'pull_request_target',
  'workflow_run',
  'issue_comment',
  'issues',
  'discussion',
  'discussion_comment',
  'pull_request_review',
  'pull_request_review_comment',
  'fork',
  'watch',
]);

export function hasTrigger(file: WorkflowFile, names: ReadonlySet<string>): string | undefined {
  return file.triggers.find((trigger) => names.has(trigger.name))?.name;
}
