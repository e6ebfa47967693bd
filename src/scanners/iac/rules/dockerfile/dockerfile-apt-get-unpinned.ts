import { runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { aptCommand } from '../../checks/package-manager-commands.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/**
 * `apt-get install curl` installs whatever version the mirror serves on the day of the build.
 * Two builds of one Dockerfile differ, a vulnerable or broken update slips in unnoticed, and
 * a rebuild cannot reproduce the image that was tested.
 */
export const dockerfileAptGetUnpinned: IacRule = {
  id: 'dockerfile-apt-get-unpinned',
  title: 'apt-get install without pinned versions',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-1357'],
  equivalents: ['DL3008'],
  description: 'An `apt-get install` in a RUN with a package that has no `=version` (a release pin `pkg/bookworm` or a `.deb` file counts as pinned).',
  remediation: 'Pin each package: `apt-get install -y --no-install-recommends curl=8.5.0-2ubuntu10.6`, and update the pins deliberately (Renovate can).',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['RUN'], (instruction) => {
      const unpinned = runCommands(instruction)
        .map((command) => aptCommand(command))
        .filter((apt) => apt?.subcommand === 'install')
        .flatMap((apt) => apt!.packages.filter((name) => !name.includes('=') && !name.includes('/') && !name.endsWith('.deb') && !name.includes('$')));
      return unpinned.length > 0 ? fail(`apt-get installs ${quoteList(unpinned)} without a version, so each build may get a different, untested package`, instructionPath(instruction)) : pass;
    });
  },
};

function quoteList(names: readonly string[]): string {
  const shown = names.slice(0, 3).map((name) => `"${name}"`).join(', ');
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}
