import type { Fix, FindingDraft } from '../../../core/finding.ts';
import { draft, rangeOf, type PipelineRule } from '../pipeline-rule.ts';
import { jobNeeds, type JobNeeds } from '../permissions/job-needs.ts';
import { describePermissions, insertJobPermissionsFix, shrinkPermissionsFix } from '../permissions/permissions-fix.ts';
import { allScopes, isTokenScope, levelRank, mergeLevels, orderedScopes, tokenScopes, type ScopeLevels } from '../permissions/scopes.ts';
import { hasTrigger, privilegedOutsiderTriggers } from '../triggers.ts';
import type { Job, Permissions, WorkflowFile } from '../workflow-model.ts';

/**
 * Every step of a job, and every action it uses, can act with the job's GITHUB_TOKEN. A token
 * that can write where the job never writes turns any injection or compromised action into
 * pushed commits, poisoned releases or rewritten pull requests. rampart works out what each job
 * needs from a knowledge base of what popular actions and `gh`/`git` commands use (see
 * docs/action-permissions.md) and reports grants beyond that; it stays silent on a scope whenever
 * a step it cannot see into (an unknown action, a script holding the token) might use it.
 * Without a `permissions:` block the token gets the repository default, which is write access
 * to everything on older repositories and organisations.
 */
export const excessivePermissions: PipelineRule = {
  id: 'excessive-permissions',
  title: 'GITHUB_TOKEN broader than the job needs',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-250', 'least-privilege'],
  equivalents: ['excessive-permissions', 'default_permissions_on_risky_events'],
  description: '`write-all` (high) or `read-all` (low); write scopes that no step of the job needs, computed from a knowledge base of action and command needs (medium); write scopes at workflow level, given to every job (low, or medium when no job uses them); no `permissions:` block on a workflow outsiders can trigger (medium) or on any other trigger (low, low confidence; reusable-only workflows are left to their callers). Each finding carries the minimal block as a fix when every step is understood.',
  remediation: 'Set `permissions: {}` at workflow level and give each job only what its steps use, e.g. `permissions: { contents: read, pull-requests: write }`; `rampart fix` writes the computed block.',
  check(file) {
    if (file.kind !== 'workflow') return [];
    const needs = new Map(file.jobs.map((job) => [job, jobNeeds(file, job)]));
    return [...workflowLevel(file, needs), ...file.jobs.flatMap((job) => jobLevel(file, job, needs.get(job)!))];
  },
};

type NeedsByJob = Map<Job, JobNeeds>;

function workflowLevel(file: WorkflowFile, needsByJob: NeedsByJob): FindingDraft[] {
  const permissions = file.permissions;
  if (!permissions || permissions.kind === 'expression') return [];
  const inheritingJobs = file.jobs.filter((job) => !job.permissions);
  const inheriting = inheritingJobs.map((job) => needsByJob.get(job)!);
  const jobNames = inheritingJobs.map((job) => job.id).join(', ');
  const granted = grantedLevels(permissions);
  const fix = () => fixFor(granted, inheriting, (levels, safety) => shrinkPermissionsFix(file, permissions, levels, safety));
  if (permissions.kind === 'all') return [broadAll(file, permissions, 'workflow', fix())];
  const excess = permissions.scopes.filter((scope) => scope.level === 'write' && isUnusedBy(inheriting, scope.scope));
  const fixOnce = excess.length > 0 ? fix() : undefined;
  return permissions.scopes
    .filter((scope) => scope.level === 'write')
    .flatMap((scope): FindingDraft[] => {
      const range = rangeOf(file.source, scope.span);
      if (excess.includes(scope)) {
        const message = `\`${scope.scope}: write\` at workflow level reaches job${inheritingJobs.length > 1 ? 's' : ''} ${jobNames}, and none of ${inheritingJobs.length > 1 ? 'their' : 'its'} steps uses it: an injected command or compromised action there could. Enough for them: ${describePermissions(minimalLevels(granted, inheriting) ?? {})}.`;
        return [{ ...draft('excessive-permissions', range, message, `workflow-unused:${scope.scope}`), ...(scope === excess[0] && fixOnce ? { fix: fixOnce } : {}) }];
      }
      if (file.jobs.length < 2) return [];
      return [{ ...draft('excessive-permissions', range, `\`${scope.scope}: write\` at workflow level is given to every job: any step or action in any job can use it; grant it only to the job that needs it.`, `workflow:${scope.scope}`), severity: 'low' as const }];
    });
}

function jobLevel(file: WorkflowFile, job: Job, needs: JobNeeds): FindingDraft[] {
  const permissions = job.permissions;
  if (permissions?.kind === 'expression') return [];
  if (permissions) {
    const granted = grantedLevels(permissions);
    const fix = fixFor(granted, [needs], (levels, safety) => shrinkPermissionsFix(file, permissions, levels, safety));
    if (permissions.kind === 'all') return [broadAll(file, permissions, `job ${job.id}`, fix)];
    return excessScopes(file, job, permissions, needs, fix);
  }
  if (file.permissions) return [];
  return missingBlock(file, job, needs);
}

/** Write scopes a job grants itself that no step uses. */
function excessScopes(file: WorkflowFile, job: Job, permissions: Extract<Permissions, { kind: 'scopes' }>, needs: JobNeeds, fix: Fix | undefined): FindingDraft[] {
  const excess = permissions.scopes.filter((scope) => scope.level === 'write' && isUnusedBy([needs], scope.scope));
  const first = excess[0];
  if (!first) return [];
  const names = excess.map((scope) => `\`${scope.scope}: write\``).join(', ');
  const minimal = minimalLevels(grantedLevels(permissions), [needs]);
  const message = `Job ${job.id} grants ${names} but none of its steps uses ${excess.length > 1 ? 'them' : 'it'}: an injected command or compromised action could. Minimal block: ${describePermissions(minimal ?? {})}.`;
  const confidence = needs.unknown !== 'all' && needs.unknown.size === 0 ? 'high' : 'medium';
  return [{ ...draft('excessive-permissions', rangeOf(file.source, first.span), message, `job-unused:${job.id}:${excess.map((scope) => scope.scope).join(',')}`), confidence, ...(fix ? { fix } : {}) }];
}

/** No block at workflow or job level: the token gets the repository default. */
function missingBlock(file: WorkflowFile, job: Job, needs: JobNeeds): FindingDraft[] {
  // A reusable-only workflow runs with the permissions its caller grants.
  if (file.triggers.length > 0 && file.triggers.every((trigger) => trigger.name === 'workflow_call')) return [];
  const trigger = hasTrigger(file, privilegedOutsiderTriggers);
  // The default token never carries id-token, so a step that might want one changes nothing here.
  const known = needs.unknown !== 'all' && [...needs.unknown].every((scope) => scope === 'id-token');
  const fix = known ? insertJobPermissionsFix(file, job, needs.needs, 'safe') : undefined;
  const suggestion = known ? ` Needed: ${describePermissions(needs.needs)}.` : '';
  const range = rangeOf(file.source, job.anchor.keySpan);
  if (trigger) {
    const message = `Job ${job.id} runs on ${trigger} (startable by outsiders) with no permissions block anywhere, so its token gets the repository default, possibly write access to code, releases and workflows.${suggestion}`;
    return [{ ...draft('excessive-permissions', range, message, `default:${job.id}`), ...(fix ? { fix } : {}) }];
  }
  const message = `Job ${job.id} has no permissions block (nor has the workflow), so its token gets the repository default, which is write access to everything on older repositories and organisations.${suggestion}`;
  return [{ ...draft('excessive-permissions', range, message, `default:${job.id}`), severity: 'low', confidence: 'low', ...(fix ? { fix } : {}) }];
}

function broadAll(file: WorkflowFile, permissions: Extract<Permissions, { kind: 'all' }>, owner: string, fix: Fix | undefined): FindingDraft {
  const range = rangeOf(file.source, permissions.span);
  if (permissions.level === 'write-all') {
    const message = `write-all gives the ${owner} token write access to code, releases, packages and workflows: any injected command or compromised action can push and publish.`;
    return { ...draft('excessive-permissions', range, message, `${owner}:write-all`), severity: 'high', confidence: 'high', ...(fix ? { fix } : {}) };
  }
  const message = `read-all lets the ${owner} token read every scope (issues, pull requests, security alerts, packages, actions); grant only the scopes the steps read.`;
  return { ...draft('excessive-permissions', range, message, `${owner}:read-all`), severity: 'low', ...(fix ? { fix } : {}) };
}

function grantedLevels(permissions: Exclude<Permissions, { kind: 'expression' }>): ScopeLevels {
  if (permissions.kind === 'all') return allScopes(permissions.level === 'write-all' ? 'write' : 'read');
  const levels: ScopeLevels = {};
  for (const { scope, level } of permissions.scopes) if (isTokenScope(scope) && (level === 'read' || level === 'write')) levels[scope] = level;
  return levels;
}

/** True when every job is understood for this scope and none needs to write it. */
function isUnusedBy(jobs: readonly JobNeeds[], scope: string): boolean {
  if (jobs.length === 0) return false;
  if (!isTokenScope(scope)) return true;
  return jobs.every((needs) => needs.unknown !== 'all' && !needs.unknown.has(scope) && needs.needs[scope] !== 'write');
}

/**
 * What the block can shrink to without breaking a step: the known needs, plus the current grant
 * for scopes a step may use unseen; never more than is granted now. Undefined when some job is
 * not understood at all.
 */
function minimalLevels(granted: ScopeLevels, jobs: readonly JobNeeds[]): ScopeLevels | undefined {
  if (jobs.some((needs) => needs.unknown === 'all')) return undefined;
  let wanted: ScopeLevels = {};
  for (const needs of jobs) {
    wanted = mergeLevels(wanted, needs.needs);
    for (const scope of needs.unknown as ReadonlySet<string>) if (isTokenScope(scope) && granted[scope]) wanted = mergeLevels(wanted, { [scope]: granted[scope] });
  }
  const minimal: ScopeLevels = {};
  for (const scope of tokenScopes) {
    const level = levelRank(wanted[scope]) <= levelRank(granted[scope]) ? wanted[scope] : granted[scope];
    if (level) minimal[scope] = level;
  }
  return minimal;
}

function fixFor(granted: ScopeLevels, jobs: readonly JobNeeds[], build: (levels: ScopeLevels, safety: Fix['safety']) => Fix | undefined): Fix | undefined {
  const minimal = minimalLevels(granted, jobs);
  if (!minimal) return undefined;
  if (orderedScopes(minimal).length === orderedScopes(granted).length && orderedScopes(minimal).every(([scope, level]) => granted[scope] === level)) return undefined;
  // Scopes a step may use unseen keep their current level, so the fix is as sound as the knowledge base.
  return build(minimal, 'safe');
}
