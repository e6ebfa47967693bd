import { isUnknown } from '../../iac-value.ts';
import { dockerfileModel, finalStageChain, instructionPath } from '../../checks/dockerfile-verdicts.ts';
import { fail, pass, unknown, type IacRule } from '../../iac-rule.ts';

/**
 * Switching to root for installation is normal; leaving the image on root is not. The last
 * USER of the final stage is the user the container runs as, so root there hands an attacker
 * who compromises the application full control of the container.
 */
export const dockerfileLastUserRoot: IacRule = {
  id: 'dockerfile-last-user-root',
  title: 'Final stage runs as root',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-250', 'CIS-DOCKER-4.1'],
  equivalents: ['CKV_DOCKER_8', 'DL3002'],
  description: 'The last USER instruction in effect for the final stage (including a stage it builds on with `FROM <stage>`) is `root` or UID `0`, with or without a group.',
  remediation: 'End the final stage with an unprivileged user: `USER app` or `USER 10001:10001`, after the steps that need root.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    for (const stage of finalStageChain(model)) {
      const user = stage.instructions.filter((instruction) => instruction.keyword === 'USER').at(-1);
      if (!user) continue;
      if (isUnknown(user.expanded)) return unknown(user.expanded.reason, instructionPath(user));
      const name = user.expanded.trim().replace(/^["']|["']$/g, '').split(':')[0];
      if (name === 'root' || name === '0') return fail('the image ends with USER root, so the container runs as root: whoever exploits the application controls the whole container', instructionPath(user));
      return pass;
    }
    return [];
  },
};
