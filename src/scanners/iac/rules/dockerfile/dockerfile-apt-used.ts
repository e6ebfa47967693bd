import { runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { effectiveCommand } from '../../checks/shell-commands.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/**
 * `apt` is the interactive front end: its output and behaviour may change between releases and
 * it warns that it has no stable command-line interface. In a build it can prompt, or change
 * what it does on the next Debian release, without the Dockerfile changing.
 */
export const dockerfileAptUsed: IacRule = {
  id: 'dockerfile-apt-used',
  title: 'apt used instead of apt-get',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-710'],
  equivalents: ['CKV_DOCKER_9', 'DL3027'],
  description: 'A RUN that runs the `apt` command (not `apt-get` or `apt-cache`).',
  remediation: 'Use `apt-get` in scripts: `apt-get update && apt-get install -y --no-install-recommends curl`.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['RUN'], (instruction) => {
      const usesApt = runCommands(instruction).some((command) => effectiveCommand(command)?.name === 'apt');
      return usesApt ? fail('apt has no stable scripting interface, so the build may prompt or change behaviour on the next release', instructionPath(instruction)) : pass;
    });
  },
};
