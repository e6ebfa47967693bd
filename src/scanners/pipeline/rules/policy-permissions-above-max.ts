import type { PipelinePolicy } from '../../../core/config.ts';
import type { FindingDraft } from '../../../core/finding.ts';
import { draft, rangeOf, type PipelineRule } from '../pipeline-rule.ts';
import type { Permissions, WorkflowFile } from '../workflow-model.ts';
import type { Span } from '../yaml-source.ts';

// Every GITHUB_TOKEN scope a workflow can set, for expanding read-all and write-all.
const tokenScopes = ['actions', 'attestations', 'checks', 'contents', 'deployments', 'discussions', 'id-token', 'issues', 'models', 'packages', 'pages', 'pull-requests', 'repository-projects', 'security-events', 'statuses'] as const;

const rank: Readonly<Record<string, number>> = { none: 0, read: 1, write: 2 };

type MaxPermissions = NonNullable<PipelinePolicy['maxPermissions']>;

/**
 * The GITHUB_TOKEN can push code, approve pull requests, publish packages and mint cloud
 * credentials, depending on its scopes. An organisation ceiling keeps any single workflow from
 * asking for more than was agreed, so one injected command cannot rewrite releases or branches.
 */
export const policyPermissionsAboveMax: PipelineRule = {
  id: 'policy-permissions-above-max',
  title: 'Token permissions above the organisation maximum',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-250', 'policy', 'least-privilege'],
  description: 'A workflow or job `permissions:` that grants a scope above `pipeline.policy.maxPermissions` (scopes the maximum does not list count as `none`; `write-all` and `read-all` are expanded to every scope). Jobs left on the repository default token are reported by excessive-permissions.',
  remediation: 'Lower the scope to what the policy allows, move the step that needs more into a separate, reviewed workflow, or raise the ceiling in rampart.yaml. Declare `permissions:` at the top of every workflow so the repository default never applies.',
  check(file, { policy }) {
    const max = policy.maxPermissions;
    if (!max || file.kind !== 'workflow') return [];
    const drafts = blockViolations(file, file.permissions, max, 'The workflow');
    for (const job of file.jobs) drafts.push(...blockViolations(file, job.permissions, max, `Job ${job.id}`));
    return drafts;
  },
};

function maxLevel(max: MaxPermissions, scope: string): string {
  return max === 'read-all' ? 'read' : (max as Record<string, string>)[scope] ?? 'none';
}

function blockViolations(file: WorkflowFile, permissions: Permissions | undefined, max: MaxPermissions, owner: string): FindingDraft[] {
  if (!permissions || permissions.kind === 'expression') return [];
  if (permissions.kind === 'all') {
    const granted = permissions.level === 'write-all' ? 'write' : 'read';
    const exceeded = tokenScopes.filter((scope) => rank[granted]! > rank[maxLevel(max, scope)]!);
    if (exceeded.length === 0) return [];
    return [violation(file, permissions.span, `${owner} asks for ${permissions.level}, above the organisation maximum for ${exceeded.join(', ')}: a single injected command could use those scopes.`, `${owner}:${permissions.level}`)];
  }
  return permissions.scopes.flatMap((scope) => {
    const allowed = maxLevel(max, scope.scope);
    if ((rank[scope.level] ?? 0) <= rank[allowed]!) return [];
    return [violation(file, scope.span, `${owner} asks for ${scope.scope}: ${scope.level} but the organisation maximum is ${allowed}: a single injected command could use the extra access.`, `${owner}:${scope.scope}:${scope.level}`)];
  });
}

function violation(file: WorkflowFile, span: Span, message: string, fingerprint: string): FindingDraft {
  return draft('policy-permissions-above-max', rangeOf(file.source, span), message, fingerprint);
}
