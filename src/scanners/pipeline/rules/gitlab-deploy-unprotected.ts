import type { FindingDraft } from '../../../core/finding.ts';
import { deploySignal, describeSignal } from '../gitlab/deploy-jobs.ts';
import type { GitlabJob, GitlabPipeline } from '../gitlab/gitlab-model.ts';
import { gitlabDraft, type GitlabRule } from '../gitlab/gitlab-rule.ts';
import { isProtectedDeploy } from '../gitlab/rule-conditions.ts';

/**
 * A deployment job with no rule limiting it to protected branches or tags, and no `when: manual`,
 * runs in every branch pipeline: anyone with push rights to any branch (Developer role, or a
 * compromised laptop) can change the code or scripts it deploys and have the pipeline ship it
 * at once, bypassing review on the default branch.
 */
export const gitlabDeployUnprotected: GitlabRule = {
  id: 'gitlab-deploy-unprotected',
  title: 'GitLab deploy job runs on any branch',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-284', 'gitlab'],
  equivalents: [],
  description: 'A job whose script deploys or publishes (the commands `gitlab-deploy-without-environment` looks for) with no `when: manual` and no `rules:`/`only:` (its own or `workflow:`\'s) limiting it to protected refs: `$CI_COMMIT_REF_PROTECTED`, `$CI_DEFAULT_BRANCH`, `$CI_COMMIT_TAG`, or a named branch. Low severity when the job names an `environment:`, which a protected environment may guard.',
  remediation: 'Limit the job to protected refs (`rules: [{ if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH }]` or `if: $CI_COMMIT_TAG`), or make it `when: manual` on a protected environment; keep its credentials in protected variables so unprotected branches never receive them.',
  check: (pipeline) => pipeline.jobs.flatMap((job) => finding(job, pipeline) ?? []),
};

function finding(job: GitlabJob, pipeline: GitlabPipeline): FindingDraft | undefined {
  const signal = deploySignal(job);
  // A name alone is too weak a hint to claim that anyone can deploy.
  if (signal?.kind !== 'command' || isProtectedDeploy(job, pipeline)) return undefined;
  const draft = gitlabDraft(
    'gitlab-deploy-unprotected',
    job.key.file,
    job.key.keySpan,
    `Job ${job.name} ${describeSignal(signal)} in pipelines of any branch, with no when: manual and no rule limiting it to protected branches or tags: anyone who can push a branch can deploy their own changes without review.`,
    job.name,
  );
  return job.environment ? { ...draft, severity: 'low' } : draft;
}
