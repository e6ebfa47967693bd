import type { DeployPrerequisite } from '../../../core/config.ts';
import type { FindingDraft } from '../../../core/finding.ts';
import { draft, rangeOf, type PipelineRule } from '../pipeline-rule.ts';
import { deploySignalOf, type DeploySignal } from '../policy/deploy-jobs.ts';
import { neededJobs, readJobFields } from '../policy/job-fields.ts';
import { matchesUsesPattern } from '../policy/uses-pattern.ts';
import type { Job, Step } from '../workflow-model.ts';

// `always()`, `failure()` or `!cancelled()` in an `if:`: the job runs even when a job it needs failed.
const runsDespiteFailedNeeds = /\b(?:always|failure)\s*\(\s*\)|!\s*cancelled\s*\(\s*\)/;

/**
 * A security scan, test suite or approval job only protects production if the deploy job cannot
 * start without it succeeding. When the deploy job does not wait for it through `needs:`, or runs
 * even when it failed, vulnerable or malicious changes ship while the gate is still running or
 * after it has already said no.
 */
export const policyDeployMissingPrerequisite: PipelineRule = {
  id: 'policy-deploy-missing-prerequisite',
  title: 'Deploy job does not wait for a required job',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-696', 'policy'],
  description: 'A deploy job (an `environment:`, a deploy command or action, or a deploy/publish/release name) whose `needs:` chain lacks an entry of `pipeline.policy.deploy.requiredBefore`: a job id, or a job with a step whose `run:` contains the given text or whose `uses:` matches the pattern (such a step may also come earlier in the deploy job itself). A deploy job whose `if:` uses `always()`, `failure()` or `!cancelled()` does not wait for its needs to succeed, so it fails the policy too.',
  remediation: 'Add the required job to the deploy job\'s `needs:` (directly or through a job it needs), e.g. `needs: [security-scan, build]`, and keep the deploy job\'s `if:` free of `always()` so a failed scan stops the deployment.',
  check(file, { policy }) {
    const required = policy.deploy?.requiredBefore;
    if (!required?.length || file.kind !== 'workflow') return [];
    const fields = readJobFields(file);
    const jobsById = new Map(file.jobs.map((job) => [job.id, job]));
    return file.jobs.flatMap((job): FindingDraft[] => {
      const signal = deploySignalOf(job, fields.get(job.id));
      if (!signal) return [];
      const upstream = [...neededJobs(job, fields)].flatMap((id) => jobsById.get(id) ?? []);
      const missing = required.filter((prerequisite) => !isMet(prerequisite, job, upstream, signal));
      const bypass = missing.length < required.length && upstream.length > 0 && job.if && runsDespiteFailedNeeds.test(job.if.value);
      if (missing.length === 0 && !bypass) return [];
      return [{ ...draft('policy-deploy-missing-prerequisite', rangeOf(file.source, job.anchor.keySpan), message(job, signal, missing, Boolean(bypass)), `${job.id}:${missing.map(describe).join(',')}`), confidence: signal.confidence }];
    });
  },
};

function isMet(prerequisite: DeployPrerequisite, job: Job, upstream: readonly Job[], signal: DeploySignal): boolean {
  if ('job' in prerequisite) return upstream.some((candidate) => candidate.id === prerequisite.job);
  // A gating step may also run earlier in the deploy job itself: a failing step stops the later ones.
  const ownSteps = job.steps.filter((step) => signal.stepIndex === undefined || step.index < signal.stepIndex);
  if ('run' in prerequisite) {
    const text = prerequisite.run.toLowerCase();
    return [...ownSteps, ...upstream.flatMap((candidate) => candidate.steps)].some((step) => step.run?.value.toLowerCase().includes(text));
  }
  const usesMatch = (step: Step | Job) => step.uses !== undefined && matchesUsesPattern(prerequisite.uses, step.uses.value);
  return ownSteps.some(usesMatch) || upstream.some((candidate) => usesMatch(candidate) || candidate.steps.some(usesMatch));
}

function describe(prerequisite: DeployPrerequisite): string {
  if ('job' in prerequisite) return `job ${prerequisite.job}`;
  if ('run' in prerequisite) return `a step running "${prerequisite.run}"`;
  return `a step using ${prerequisite.uses}`;
}

function message(job: Job, signal: DeploySignal, missing: readonly DeployPrerequisite[], bypass: boolean): string {
  const gate = bypass && missing.length === 0 ? 'its if: lets it run even when its required jobs fail' : `nothing in its needs: chain provides ${missing.map(describe).join(', ')}`;
  return `Job ${job.id} deploys (it ${signal.reason}) but ${gate}: a change the policy's required checks would stop can reach production.`;
}
