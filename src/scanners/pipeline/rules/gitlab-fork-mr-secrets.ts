import type { FindingDraft } from '../../../core/finding.ts';
import { deploySignal, describeSignal } from '../gitlab/deploy-jobs.ts';
import type { GitlabJob } from '../gitlab/gitlab-model.ts';
import { gitlabDraft, type GitlabRule } from '../gitlab/gitlab-rule.ts';
import { forkMergeRequestEntry, workflowForkAdmission } from '../gitlab/rule-conditions.ts';
import { lexScriptItem } from '../gitlab/script-view.ts';
import { lexScript } from '../gitlab/shell-commands.ts';

// A variable name that holds a credential: token, secret, password, private or API key, credentials.
const credentialName = /TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE_KEY|API_KEY|ACCESS_KEY|CREDENTIALS?\b/i;
/** Predefined variables that are per-job or read-only, not project secrets. */
const jobScopedCredentials: ReadonlySet<string> = new Set(['CI_JOB_TOKEN', 'CI_REGISTRY_PASSWORD', 'CI_DEPENDENCY_PROXY_PASSWORD', 'CI_JOB_JWT', 'CI_JOB_JWT_V2']);

/**
 * When a maintainer runs the pipeline of a merge request from a fork in the parent project (the
 * "Run pipeline" button, or merged-results pipelines), the fork's code runs with the parent
 * project's unprotected variables, and any `id_tokens:` it requests carry the parent project's
 * identity to cloud providers that trust it. A job that opts in to merge request pipelines
 * without a rule keeping fork merge requests out hands those secrets, or a deployment, to
 * whoever opened the merge request.
 */
export const gitlabForkMrSecrets: GitlabRule = {
  id: 'gitlab-fork-mr-secrets',
  title: 'Fork merge requests reach secrets or deployments',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-200', 'CWE-284', 'gitlab'],
  equivalents: [],
  description: 'A job that runs in merge request pipelines (`rules: if: $CI_PIPELINE_SOURCE == "merge_request_event"`, `$CI_MERGE_REQUEST_IID`, a rule with no `if:` when `workflow: rules:` select merge request pipelines, or `only: [merge_requests]`; manual rules are left out) with no condition excluding fork merge requests (`$CI_MERGE_REQUEST_SOURCE_PROJECT_ID == $CI_PROJECT_ID`, here or in `workflow: rules:`), while it requests `id_tokens:` or `secrets:`, deploys, or reads credential-named variables (`*_TOKEN`, `*_PASSWORD`, `*_SECRET`, …; GitLab\'s per-job `CI_JOB_TOKEN` does not count).',
  remediation: 'Keep fork merge requests out of jobs that hold credentials: add `- if: $CI_MERGE_REQUEST_SOURCE_PROJECT_ID != $CI_PROJECT_ID` with `when: never` first in the job\'s (or the workflow\'s) rules, or require `$CI_MERGE_REQUEST_SOURCE_PROJECT_ID == $CI_PROJECT_ID` in the merge request rule. Mark deploy credentials as protected variables, and have cloud trust policies require `ref_protected: true` in the OIDC token.',
  check: (pipeline) => {
    const admission = workflowForkAdmission(pipeline);
    return admission === 'none' ? [] : pipeline.jobs.flatMap((job) => finding(job, admission) ?? []);
  },
};

function finding(job: GitlabJob, admission: 'explicit' | 'default'): FindingDraft | undefined {
  const entry = forkMergeRequestEntry(job, admission);
  if (!entry) return undefined;
  const exposure = exposureOf(job);
  if (!exposure) return undefined;
  return gitlabDraft(
    'gitlab-fork-mr-secrets',
    entry.file,
    entry.keySpan,
    `Job ${job.name} runs in merge request pipelines, forks included, and ${exposure}: when its pipeline runs in this project, the author of a fork merge request runs their code with those credentials.`,
    `${job.name}:${exposure}`,
  );
}

/** What a fork's code would get in this job: OIDC tokens, secrets, a deployment or credential variables. */
function exposureOf(job: GitlabJob): string | undefined {
  if (job.idTokens.length > 0) return `requests OIDC tokens (${job.idTokens.map((key) => key.name).join(', ')})`;
  if (job.secrets.length > 0) return `reads secrets (${job.secrets.map((key) => key.name).join(', ')})`;
  const signal = deploySignal(job);
  if (signal?.kind === 'command') return describeSignal(signal);
  if (job.environment?.name) return `deploys to environment ${job.environment.name.value}`;
  const names = new Set<string>();
  for (const item of job.scripts) for (const ref of lexScriptItem(item.field).lexed.refs) if (isCredential(ref.name)) names.add(ref.name);
  for (const variable of job.variables) for (const ref of lexScript(variable.value?.value ?? '').refs) if (isCredential(ref.name)) names.add(ref.name);
  return names.size > 0 ? `reads credentials (${[...names].sort().join(', ')})` : undefined;
}

function isCredential(name: string): boolean {
  return credentialName.test(name) && !jobScopedCredentials.has(name);
}
