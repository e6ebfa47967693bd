import { runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/**
 * Needing sudo in a build means the image ships sudo and a user allowed to use it. Anyone who
 * gets code execution as that user can become root with it; and sudo's TTY and signal handling
 * make builds and containers behave unpredictably.
 */
export const dockerfileSudo: IacRule = {
  id: 'dockerfile-sudo',
  title: 'sudo used in RUN',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-250'],
  equivalents: ['DL3004', 'CKV2_DOCKER_1'],
  description: 'A RUN command that starts with `sudo`.',
  remediation: 'Run privileged steps as root before the final `USER app` (`USER root` … `USER app`), and drop privileges at start-up with `gosu` or `su-exec` when a process must start as root.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['RUN'], (instruction) => {
      // The command word after any leading `NAME=value` assignments.
      const usesSudo = runCommands(instruction).some((command) => command.words.find((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word))?.replace(/^.*\//, '') === 'sudo');
      return usesSudo ? fail('sudo in the build means the image carries sudo and a user who may use it: code execution as that user becomes root', instructionPath(instruction)) : pass;
    });
  },
};
