import { isUnknown } from '../../iac-value.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { fail, pass, unknown, type IacRule } from '../../iac-rule.ts';

/**
 * An image that exposes port 22 usually runs an SSH server next to its application. That is a
 * second remote login service to patch and brute-force, often with keys or passwords baked into
 * the image, and it bypasses `docker exec` / `kubectl exec` auditing.
 */
export const dockerfileExposeSsh: IacRule = {
  id: 'dockerfile-expose-ssh',
  title: 'SSH port 22 exposed',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_DOCKER_1'],
  description: 'An EXPOSE instruction that lists TCP port 22 (alone, as `22/tcp`, or inside a range).',
  remediation: 'Remove the SSH server and `EXPOSE 22`; use `docker exec` or `kubectl exec` (audited, no extra credentials) to get a shell.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['EXPOSE'], (instruction) => {
      if (isUnknown(instruction.expanded)) return unknown(instruction.expanded.reason, instructionPath(instruction));
      const exposesSsh = instruction.expanded.split(/\s+/).some(coversPort22);
      return exposesSsh ? fail('port 22 is exposed: an SSH server in the container is another login service to brute-force, and it sidesteps exec auditing', instructionPath(instruction)) : pass;
    });
  },
};

function coversPort22(spec: string): boolean {
  // `22`, `22/tcp`, or a range `20-25[/tcp]`; UDP 22 is not SSH.
  const match = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(spec.trim());
  if (!match || (match[3] && match[3].toLowerCase() !== 'tcp')) return false;
  const low = Number(match[1]);
  const high = match[2] ? Number(match[2]) : low;
  return low <= 22 && 22 <= high;
}
