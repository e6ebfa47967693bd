import type { GitlabJob, GitlabPipeline, GitlabRuleClause } from './gitlab-model.ts';

// An `if:` that selects merge request pipelines: the event source, or a merge request id tested for presence.
const mergeRequestCondition = /\$CI_PIPELINE_SOURCE\s*(?:==\s*["']merge_request_event["']|=~\s*\/[^/]*merge_request)|\$CI_MERGE_REQUEST_I?ID\b(?!\s*==\s*(?:null|""|''))/;
// An `if:` that keeps merge requests from forks out: the source project compared equal to this project.
const sameProjectGuard = /\$CI_MERGE_REQUEST_SOURCE_PROJECT_(?:ID|PATH)\s*==\s*\$CI_PROJECT_(?:ID|PATH)|\$CI_PROJECT_(?:ID|PATH)\s*==\s*\$CI_MERGE_REQUEST_SOURCE_PROJECT_(?:ID|PATH)/;
// The negation, used with `when: never` to drop fork merge requests first.
const forkCondition = /\$CI_MERGE_REQUEST_SOURCE_PROJECT_(?:ID|PATH)\s*!=\s*\$CI_PROJECT_(?:ID|PATH)|\$CI_PROJECT_(?:ID|PATH)\s*!=\s*\$CI_MERGE_REQUEST_SOURCE_PROJECT_(?:ID|PATH)/;
// An `if:` limited to protected refs: the protected flag, the default branch, a tag, or a branch compared with a name.
const protectedRefCondition = /\$CI_COMMIT_REF_PROTECTED\b|\$CI_DEFAULT_BRANCH\b|\$CI_COMMIT_TAG\b(?!\s*==\s*(?:null|""|''))|\$CI_COMMIT_(?:BRANCH|REF_NAME)\s*(?:==|=~)\s*["'/]/;
/** `only:` refs that match every branch or every pipeline, as opposed to named branches or tags. */
const unrestrictedRefs: ReadonlySet<string> = new Set(['branches', 'merge_requests', 'pushes', 'web', 'api', 'triggers', 'schedules', 'external', 'pipelines', 'chat', 'external_pull_requests']);

const isNever = (clause: GitlabRuleClause) => clause.when?.value === 'never';

/**
 * The first rules clause that lets a fork's merge request run, or undefined when the rules keep
 * forks out. A clause without `if:` matches every pipeline; it counts only when `catchAllAdmits`
 * (merge request pipelines are known to exist). A manual clause needs a maintainer to start it.
 */
export function forkAdmittingClause(clauses: readonly GitlabRuleClause[], catchAllAdmits: boolean): GitlabRuleClause | undefined {
  for (const clause of clauses) {
    const condition = clause.if?.value ?? '';
    if (isNever(clause)) {
      if (forkCondition.test(condition)) return undefined;
      continue;
    }
    if (clause.when?.value === 'manual') continue;
    if (clause.if === undefined) {
      if (catchAllAdmits) return clause;
      continue;
    }
    if (mergeRequestCondition.test(condition) && !sameProjectGuard.test(condition)) return clause;
  }
  return undefined;
}

/**
 * Whether `workflow: rules:` let fork merge requests in: 'explicit' when a clause selects merge
 * request pipelines, 'default' without workflow rules (jobs decide), 'none' when forks are kept out.
 */
export function workflowForkAdmission(pipeline: GitlabPipeline): 'explicit' | 'default' | 'none' {
  if (!pipeline.workflowRules) return 'default';
  const clause = forkAdmittingClause(pipeline.workflowRules, true);
  if (!clause) return 'none';
  return clause.if === undefined ? 'default' : 'explicit';
}

/** Where a job opts in to merge request pipelines from forks: its admitting rules clause or its `only:` key. */
export function forkMergeRequestEntry(job: GitlabJob, admission: 'explicit' | 'default') {
  if (job.rules) return forkAdmittingClause(job.rules, admission === 'explicit')?.key;
  if (job.only?.refs.some((ref) => ref.value === 'merge_requests') && !job.only.variables.some((variable) => sameProjectGuard.test(variable.value))) return job.only.key;
  return undefined;
}

/** True when every clause that lets the job run is manual or limited to protected refs. */
export function rulesLimitToProtectedRefs(clauses: readonly GitlabRuleClause[]): boolean {
  const running = clauses.filter((clause) => !isNever(clause));
  if (running.length === 0) return false;
  return running.every((clause) => clause.when?.value === 'manual' || protectedRefCondition.test(clause.if?.value ?? ''));
}

/** True when a job only runs by hand or on protected refs (its own rules or only:, or the workflow's rules). */
export function isProtectedDeploy(job: GitlabJob, pipeline: GitlabPipeline): boolean {
  if (job.when?.value === 'manual') return true;
  if (job.rules) return rulesLimitToProtectedRefs(job.rules);
  if (job.only && job.only.refs.length > 0 && job.only.refs.every((ref) => !unrestrictedRefs.has(ref.value))) return true;
  if (job.only?.variables.some((variable) => protectedRefCondition.test(variable.value))) return true;
  return pipeline.workflowRules !== undefined && rulesLimitToProtectedRefs(pipeline.workflowRules);
}
