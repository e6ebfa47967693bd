import { runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { effectiveCommand } from '../../checks/shell-commands.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/**
 * `echo 'root:secret' | chpasswd` writes a password into the Dockerfile, the layer history and
 * /etc/shadow of every container. Everyone who can read the repository or pull the image knows
 * it, and every container of the image shares it.
 */
export const dockerfileChpasswd: IacRule = {
  id: 'dockerfile-chpasswd',
  title: 'Password set with chpasswd',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-798', 'CWE-260'],
  equivalents: ['CKV2_DOCKER_17'],
  description: 'A RUN that runs `chpasswd` to set or remove a password in the image.',
  remediation: 'Do not put passwords in images: lock accounts (`passwd -l app`), authenticate with keys or tokens provided at run time, and use `docker exec` for administration.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['RUN'], (instruction) =>
      runCommands(instruction).some((command) => effectiveCommand(command)?.name === 'chpasswd') ? fail('chpasswd sets a password inside the image: everyone who reads the Dockerfile or pulls the image knows it, and all containers share it', instructionPath(instruction)) : pass,
    );
  },
};
