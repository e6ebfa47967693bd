import { hasCacheMount, runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, finalStageChain, instructionPath } from '../../checks/dockerfile-verdicts.ts';
import { aptCommand } from '../../checks/package-manager-commands.ts';
import { effectiveCommand } from '../../checks/shell-commands.ts';
import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';

/**
 * The package lists `apt-get update` downloads stay in the layer unless the same RUN deletes
 * them: tens of megabytes shipped to every host, and a stale index that a later `apt-get
 * install` in a child image trusts instead of refreshing.
 */
export const dockerfileAptListsNotCleaned: IacRule = {
  id: 'dockerfile-apt-lists-not-cleaned',
  title: 'apt lists left in the image',
  severity: 'info',
  confidence: 'medium',
  tags: ['CWE-710'],
  equivalents: ['DL3009'],
  description: 'A RUN in the final stage (or a stage it builds on) that runs `apt-get update` or `apt-get install` without removing `/var/lib/apt/lists` in the same RUN; a cache or tmpfs mount on that directory counts as cleaned.',
  remediation: 'Clean up in the same RUN: `apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    const verdicts: IacVerdict[] = [];
    for (const stage of finalStageChain(model)) {
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'RUN') continue;
        const commands = runCommands(instruction);
        const usesApt = commands.some((command) => ['update', 'install'].includes(aptCommand(command)?.subcommand ?? ''));
        if (!usesApt) continue;
        const cleans = hasCacheMount(instruction, ['/var/lib/apt/lists', '/var/lib/apt']) || commands.some((command) => {
          const run = effectiveCommand(command);
          return run?.name === 'rm' && run.args.some((arg) => arg.startsWith('/var/lib/apt/lists'));
        });
        verdicts.push(cleans ? pass : fail('apt lists are left in the layer: megabytes of stale package index shipped with the image', instructionPath(instruction)));
      }
    }
    const problems = verdicts.filter((verdict) => verdict.outcome !== 'pass');
    return problems.length > 0 ? problems : verdicts.slice(0, 1);
  },
};
