import type { FindingDraft } from '../../../core/finding.ts';
import { jobContainers, type JobContainer } from '../job-containers.ts';
import { draft, rangeOf, type PipelineRule } from '../pipeline-rule.ts';
import { allSteps, type PipelineFile, type ScalarField } from '../workflow-model.ts';

/**
 * A registry password written into a workflow is readable by everyone who can read the
 * repository, its forks and its history, and it cannot be rotated without rewriting that history.
 * Anyone holding it can pull private images, and often push poisoned ones under the same name.
 */
export const hardcodedContainerCredentials: PipelineRule = {
  id: 'hardcoded-container-credentials',
  title: 'Container registry password written in the workflow',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-798'],
  equivalents: ['hardcoded-container-credentials'],
  description: 'A job `container:` or `services:` entry whose `credentials.password`, or a `docker/login-action` step whose `password:` input, is a literal value rather than an expression such as `${{ secrets.REGISTRY_PASSWORD }}`.',
  remediation: 'Rotate the password, store it as an encrypted secret and reference it: `password: ${{ secrets.REGISTRY_PASSWORD }}` (or use `${{ secrets.GITHUB_TOKEN }}` for ghcr.io).',
  check(file) {
    const containers = file.kind === 'workflow' ? jobContainers(file).filter((container) => isLiteral(container.password)).map((container) => finding(file.source, container)) : [];
    return [...containers, ...loginSteps(file)];
  },
};

function isLiteral(field: ScalarField | undefined): boolean {
  const value = field?.value.trim();
  return value !== undefined && value !== '' && !value.includes('${{');
}

/** `docker/login-action` steps given a literal password (workflows and composite actions). */
function loginSteps(file: PipelineFile): FindingDraft[] {
  return [...allSteps(file)].flatMap(({ job, step }) => {
    const password = step.with.get('password')?.value;
    if (!step.uses?.value.toLowerCase().startsWith('docker/login-action@') || !password || !isLiteral(password)) return [];
    const registry = step.with.get('registry')?.value?.value ?? 'Docker Hub';
    const where = `${job ? `Job ${job.id} step` : 'Step'} ${step.index + 1}`;
    return [draft('hardcoded-container-credentials', rangeOf(file.source, password.span), `${where} logs in to ${registry} with a password written in the workflow: anyone who can read the repository or its history can use it to pull, and often push, images in that registry.`, `${job?.id ?? ''}:step:${registry}`)];
  });
}

function finding(source: Parameters<typeof rangeOf>[0], container: JobContainer): FindingDraft {
  const where = container.isService ? `service ${container.label}` : 'container';
  const image = container.image?.value ?? 'its image';
  // The fingerprint names the place, never the password itself.
  return draft('hardcoded-container-credentials', rangeOf(source, container.password!.span), `Job ${container.job.id} writes the registry password for its ${where} (${image}) in the workflow: anyone who can read the repository or its history can use it to pull, and often push, images in that registry.`, `${container.job.id}:${container.label}`);
}
