import { dockerfileModel } from '../../checks/dockerfile-verdicts.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/**
 * A container runs as root unless the image says otherwise. An attacker who exploits the
 * application then holds root inside the container: they can read every file, install tools,
 * and reach the host through any kernel bug or mounted socket far more easily than an
 * unprivileged user could.
 */
export const dockerfileNoUser: IacRule = {
  id: 'dockerfile-no-user',
  title: 'No USER instruction',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-250', 'CIS-DOCKER-4.1'],
  equivalents: ['CKV_DOCKER_3'],
  description: 'A Dockerfile with no USER instruction at all, so the container runs as root unless its base image switches user (as Checkov CKV_DOCKER_3 judges it: a USER in any stage passes).',
  remediation: 'Create an unprivileged user and switch to it in the final stage: `RUN addgroup -S app && adduser -S -G app app` then `USER app` (or a numeric `USER 10001:10001`).',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model || model.stages.length === 0) return [];
    if (model.instructions.some((instruction) => instruction.keyword === 'USER')) return pass;
    return fail('no USER instruction, so the container runs as root: whoever exploits the application gets root inside the container and an easier way out to the host', `stages.${model.stages.length - 1}`);
  },
};
