import { runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { effectiveCommand } from '../../checks/shell-commands.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/**
 * useradd writes a sparse /var/log/lastlog and faillog sized by the UID. With a large UID and
 * no `-l` (`--no-log-init`), that file becomes gigabytes in the layer, which can fill the
 * build host's disk and bloat every pull.
 */
export const dockerfileUseraddHighUid: IacRule = {
  id: 'dockerfile-useradd-high-uid',
  title: 'useradd with a high UID and without -l',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-400'],
  equivalents: ['DL3046'],
  description: 'A `useradd` with a UID of more than five digits (`-u 100000`) and without `-l` / `--no-log-init`.',
  remediation: 'Add `-l`: `useradd -l -u 100000 -m app`, or choose a UID below 100000.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['RUN'], (instruction) => {
      const risky = runCommands(instruction)
        .map(effectiveCommand)
        .some((run) => run?.name === 'useradd' && hasLongUid(run.args) && !run.args.some((arg) => arg === '--no-log-init' || /^-[A-Za-z]*l[A-Za-z]*$/.test(arg)));
      return risky ? fail('useradd with a high UID and without -l writes a huge sparse lastlog into the layer, filling disks and bloating pulls', instructionPath(instruction)) : pass;
    });
  },
};

function hasLongUid(args: readonly string[]): boolean {
  return args.some((arg, index) => {
    const value = arg === '-u' || arg === '--uid' ? args[index + 1] : /^--uid=(.*)$/.exec(arg)?.[1] ?? /^-u(\d+)$/.exec(arg)?.[1];
    return value !== undefined && value.length > 5;
  });
}
