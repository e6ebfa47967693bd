import type { FindingDraft } from '../../../core/finding.ts';
import { deploySignal, describeSignal } from '../gitlab/deploy-jobs.ts';
import type { GitlabJob } from '../gitlab/gitlab-model.ts';
import { gitlabDraft, type GitlabRule } from '../gitlab/gitlab-rule.ts';

/**
 * GitLab's deployment safeguards hang off `environment:`: protected environments decide who may
 * run a deployment job and can require approvals, environment-scoped variables keep production
 * credentials out of other jobs, and the environment's history shows what was deployed when. A
 * job that deploys without naming an environment gets none of that: whoever can run a pipeline
 * that reaches it deploys, with whatever credentials the project exposes to every job.
 */
export const gitlabDeployWithoutEnvironment: GitlabRule = {
  id: 'gitlab-deploy-without-environment',
  title: 'GitLab deploy job without an environment',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284', 'gitlab'],
  equivalents: [],
  description: 'A job that deploys or publishes (`kubectl apply`, `helm upgrade`, `terraform apply`, `aws ecs update-service`, `gcloud run deploy`, `npm publish`, `twine upload` and similar; low confidence when only its name or stage says deploy or production) and has no `environment:`. Pages jobs and trigger jobs are not reported.',
  remediation: 'Give the job an `environment:` (`environment: { name: production, url: https://… }`), protect that environment (Settings → CI/CD → Protected environments: allowed deployers, approvals), and scope its credentials to it (environment-scoped, protected variables).',
  check: (pipeline) => pipeline.jobs.filter((job) => !job.environment).flatMap((job) => finding(job) ?? []),
};

function finding(job: GitlabJob): FindingDraft | undefined {
  const signal = deploySignal(job);
  if (!signal) return undefined;
  const draft = gitlabDraft(
    'gitlab-deploy-without-environment',
    job.key.file,
    job.key.keySpan,
    `Job ${job.name} ${describeSignal(signal)} but names no environment:, so protected-environment rules (who may deploy, approvals) and environment-scoped credentials never apply: anyone who can run a pipeline reaching it deploys.`,
    job.name,
  );
  return signal.kind === 'name' ? { ...draft, confidence: 'low' } : draft;
}
