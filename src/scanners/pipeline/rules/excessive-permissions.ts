import type { FindingDraft } from '../../../core/finding.ts';
import { draft, rangeOf, type PipelineRule } from '../pipeline-rule.ts';
import { hasTrigger, privilegedOutsiderTriggers } from '../triggers.ts';
import type { Permissions, WorkflowFile } from '../workflow-model.ts';

/**
 * Every step of a job, and every action it uses, can act with the job's GITHUB_TOKEN. A token
 * that can write everywhere turns any injection or compromised action into pushed commits,
 * poisoned releases or changed workflows. Without a `permissions:` block the token gets the
 * repository default, which is write-all on older repositories and organisations.
 */
export const excessivePermissions: PipelineRule = {
  id: 'excessive-permissions',
  title: 'GITHUB_TOKEN broader than the job needs',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-250', 'least-privilege'],
  equivalents: ['excessive-permissions', 'default_permissions_on_risky_events'],
  description: '`permissions: write-all` on a workflow or job; write scopes granted at workflow level (so every job gets them); or no `permissions:` at workflow and job level in a workflow that outsiders can trigger with a privileged token.',
  remediation: 'Set `permissions: {}` (or `contents: read`) at workflow level and grant each job only the write scopes it uses, e.g. `permissions: { contents: read, pull-requests: write }`.',
  check(file) {
    if (file.kind !== 'workflow') return [];
    return [...workflowLevel(file), ...jobLevel(file)];
  },
};

function workflowLevel(file: WorkflowFile): FindingDraft[] {
  const permissions = file.permissions;
  if (permissions?.kind === 'all' && permissions.level === 'write-all') return [writeAll(file, permissions.span, 'workflow')];
  if (permissions?.kind !== 'scopes') return [];
  return permissions.scopes
    .filter((scope) => scope.level === 'write')
    .map((scope) => ({
      ...draft('excessive-permissions', rangeOf(file.source, scope.span), `\`${scope.scope}: write\` at workflow level is given to every job: any step or action in any job can use it; grant it only to the job that needs it.`, `workflow:${scope.scope}`),
      severity: 'low' as const,
    }));
}

function jobLevel(file: WorkflowFile): FindingDraft[] {
  const trigger = hasTrigger(file, privilegedOutsiderTriggers);
  return file.jobs.flatMap((job): FindingDraft[] => {
    if (job.permissions?.kind === 'all' && job.permissions.level === 'write-all') return [writeAll(file, job.permissions.span, `job ${job.id}`)];
    if (job.permissions || file.permissions || !trigger) return [];
    const message = `Job ${job.id} runs on ${trigger} (startable by outsiders) with no permissions block anywhere, so its token gets the repository default, possibly write access to code, releases and workflows.`;
    return [draft('excessive-permissions', rangeOf(file.source, job.anchor.keySpan), message, `default:${job.id}`)];
  });
}

function writeAll(file: WorkflowFile, span: Permissions['span'], scope: string): FindingDraft {
  return { ...draft('excessive-permissions', rangeOf(file.source, span), `write-all gives the ${scope} token write access to code, releases, packages and workflows: any injected command or compromised action can push and publish.`, `${scope}:write-all`), severity: 'high' };
}
