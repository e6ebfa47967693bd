import { runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { effectiveCommand } from '../../checks/shell-commands.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/**
 * `cd` inside RUN lasts only for that RUN and hides the working directory in shell code. When a
 * `cd` fails (a typo, a missing directory) the following commands run in the wrong place, for
 * example `rm -rf *` or an extraction over `/`.
 */
export const dockerfileCdInRun: IacRule = {
  id: 'dockerfile-cd-in-run',
  title: 'cd in RUN instead of WORKDIR',
  severity: 'info',
  confidence: 'medium',
  tags: ['CWE-710'],
  equivalents: ['DL3003'],
  description: 'A RUN that changes directory with `cd`.',
  remediation: 'Set the directory with `WORKDIR /tmp/build` before the RUN, or use tools\' own directory flags (`tar -C /opt`, `make -C src`).',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['RUN'], (instruction) =>
      runCommands(instruction).some((command) => effectiveCommand(command)?.name === 'cd') ? fail('cd inside RUN: if it fails, the following commands run in the wrong directory; WORKDIR states it once and fails loudly', instructionPath(instruction)) : pass,
    );
  },
};
