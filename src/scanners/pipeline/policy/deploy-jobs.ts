import type { Confidence } from '../../../core/severity.ts';
import { actionName, withValue } from '../step-actions.ts';
import type { Job, Step } from '../workflow-model.ts';
import { deployActionIn, deployCommandIn, deployWordIn } from './deploy-signals.ts';
import type { JobFields } from './job-fields.ts';

/** Why a GitHub Actions job counts as a deployment. */
export interface DeploySignal {
  /** Words for messages: "runs kubectl apply", "names environment production". */
  reason: string;
  /** high for environments, deploy commands and actions; medium when only a name says so. */
  confidence: Confidence;
  /** The first step that deploys, when a step gave it away. */
  stepIndex: number | undefined;
}

/** The strongest sign that a job deploys or publishes, or undefined. */
export function deploySignalOf(job: Job, fields: JobFields | undefined): DeploySignal | undefined {
  if (fields?.environment) return { reason: `names environment ${fields.environment}`, confidence: 'high', stepIndex: undefined };
  for (const step of job.steps) {
    const reason = stepDeployReason(step);
    if (reason) return { reason, confidence: 'high', stepIndex: step.index };
  }
  const callee = job.uses && deployWordIn(job.uses.value.split('@')[0]!.split('/').pop() ?? '');
  if (callee) return { reason: `calls the reusable workflow ${job.uses!.value}`, confidence: 'medium', stepIndex: undefined };
  const jobWord = deployWordIn(job.id) ?? (job.name && deployWordIn(job.name.value));
  if (jobWord) return { reason: `is named for a ${jobWord}`, confidence: 'medium', stepIndex: undefined };
  const namedStep = job.steps.find((step) => step.name && deployWordIn(step.name.value));
  if (namedStep) return { reason: `has a step named "${namedStep.name!.value}"`, confidence: 'medium', stepIndex: namedStep.index };
  return undefined;
}

function stepDeployReason(step: Step): string | undefined {
  if (step.uses) {
    const action = deployActionIn(step.uses.value);
    if (action) return `uses ${action}`;
    // docker/build-push-action publishes only when `push:` is set (often to an expression that is true on main).
    const push = withValue(step, 'push')?.trim();
    if (actionName(step) === 'docker/build-push-action' && push && push !== 'false') return 'pushes an image with docker/build-push-action';
  }
  const command = step.run && deployCommandIn(step.run.value);
  return command ? `runs ${command}` : undefined;
}
