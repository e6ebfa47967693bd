import { draft, rangeOf, type PipelineRule } from '../pipeline-rule.ts';

// The two events that run fork-started workflows with the base repository's secrets and write token.
const privilegedForkTriggers: ReadonlySet<string> = new Set(['pull_request_target', 'workflow_run']);

/**
 * `pull_request_target` and `workflow_run` run for pull requests from forks, yet with the base
 * repository's secrets and a token that can write. They are safe only as long as nothing in the
 * workflow touches the pull request's code or text; one later edit (a checkout of the head, a
 * title pasted into a script, a downloaded artifact run) turns them into a pwn request.
 */
export const privilegedTrigger: PipelineRule = {
  id: 'privileged-trigger',
  title: 'Workflow runs fork events with privileges',
  severity: 'low',
  confidence: 'low',
  tags: ['CWE-829', 'hardening'],
  equivalents: ['dangerous-triggers'],
  description: 'A workflow triggered by `pull_request_target` or `workflow_run`. This notes the trigger itself; the exploitable uses are reported by `dangerous-trigger-checkout`, `template-injection` and `workflow-run-artifact-poisoning`.',
  remediation: 'Use `pull_request` (no secrets, read-only token) unless the workflow truly needs to write; if it does, keep it to labelling or commenting, never check out or evaluate the pull request, and set minimal `permissions:`.',
  check(file) {
    if (file.kind !== 'workflow') return [];
    return file.triggers
      .filter((trigger) => privilegedForkTriggers.has(trigger.name))
      .map((trigger) => {
        const message = `${trigger.name} runs for pull requests from forks with this repository's secrets and a write token: any step that checks out, builds or pastes the pull request's content lets its author act with those privileges.`;
        return draft('privileged-trigger', rangeOf(file.source, trigger.span), message, trigger.name);
      });
  },
};
