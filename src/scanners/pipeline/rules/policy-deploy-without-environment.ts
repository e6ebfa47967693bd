import type { FindingDraft } from '../../../core/finding.ts';
import { draft, rangeOf, type PipelineRule } from '../pipeline-rule.ts';
import { deploySignalOf } from '../policy/deploy-jobs.ts';
import { readJobFields } from '../policy/job-fields.ts';

/**
 * Environment protection rules (required reviewers, wait timers, branch restrictions) and
 * environment-scoped secrets only apply to jobs that name the environment. A deploy job without
 * one can ship from any branch that can start the workflow, with nobody approving, and its
 * deployment credentials have to live in repository-wide secrets every other job can read.
 */
export const policyDeployWithoutEnvironment: PipelineRule = {
  id: 'policy-deploy-without-environment',
  title: 'Deploy job without an environment',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284', 'policy'],
  description: 'With `pipeline.policy.deploy.requireEnvironment: true`, a job that deploys or publishes (a deploy command such as `kubectl apply`, `terraform apply`, `npm publish`, `docker push`, a deploy action such as `actions/deploy-pages` or `pypa/gh-action-pypi-publish`, or a job or step named deploy/publish/release) but has no `environment:`. Reusable-workflow calls are left to the workflow they call.',
  remediation: 'Add `environment: production` (or the matching environment) to the job, protect that environment with required reviewers or a branch rule in the repository settings, and move the deploy secrets into it.',
  check(file, { policy }) {
    if (!policy.deploy?.requireEnvironment || file.kind !== 'workflow') return [];
    const fields = readJobFields(file);
    return file.jobs.flatMap((job): FindingDraft[] => {
      if (job.uses) return [];
      const signal = deploySignalOf(job, fields.get(job.id));
      if (!signal || fields.get(job.id)?.environment) return [];
      const message = `Job ${job.id} deploys (it ${signal.reason}) without an environment: no reviewer or branch rule stands between a push and production, and its deploy secrets must be readable by every job.`;
      return [{ ...draft('policy-deploy-without-environment', rangeOf(file.source, job.anchor.keySpan), message, `${job.id}`), confidence: signal.confidence }];
    });
  },
};
