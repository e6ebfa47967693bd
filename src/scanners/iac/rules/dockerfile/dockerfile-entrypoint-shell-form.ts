import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/**
 * A shell-form ENTRYPOINT runs as `/bin/sh -c "…"`: the shell is PID 1, so SIGTERM never reaches
 * the application (no graceful shutdown, data loss on stop), CMD and `docker run` arguments are
 * silently ignored, and the command line is re-parsed by a shell, which invites injection when
 * it interpolates variables.
 */
export const dockerfileEntrypointShellForm: IacRule = {
  id: 'dockerfile-entrypoint-shell-form',
  title: 'ENTRYPOINT in shell form',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-710'],
  equivalents: ['DL3025'],
  description: 'An ENTRYPOINT written as a plain command line instead of a JSON array.',
  remediation: 'Use the exec form: `ENTRYPOINT ["/usr/local/bin/app", "--serve"]`; when a shell is needed, end the script with `exec "$@"`.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['ENTRYPOINT'], (instruction) =>
      instruction.form === 'shell' && instruction.text.trim() !== '' ? fail('ENTRYPOINT runs through /bin/sh -c, so the application never receives SIGTERM and CMD arguments are ignored', instructionPath(instruction)) : pass,
    );
  },
};
