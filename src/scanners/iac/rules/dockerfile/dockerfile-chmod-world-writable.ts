import { runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { effectiveCommand } from '../../checks/shell-commands.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/**
 * `chmod 777` (or `o+w`) lets every user in the container rewrite the files: a compromised
 * low-privilege process, or a sidecar sharing the volume, can replace binaries and scripts that
 * root or the application later runs.
 */
export const dockerfileChmodWorldWritable: IacRule = {
  id: 'dockerfile-chmod-world-writable',
  title: 'chmod makes files world-writable',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-732'],
  equivalents: [],
  description: 'A `chmod` in a RUN whose mode gives others write access: numeric modes such as `777`, `666` or `0757`, or symbolic ones such as `o+w`, `a+rwx`.',
  remediation: 'Give ownership to the user that needs to write (`COPY --chown=app:app`, `chown -R app:app /data`) and use `chmod 755` for directories, `644` for files.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['RUN'], (instruction) => {
      const mode = runCommands(instruction)
        .map(effectiveCommand)
        .filter((run) => run?.name === 'chmod')
        .flatMap((run) => run!.args.filter((arg) => !arg.startsWith('--')))
        .find(isWorldWritable);
      return mode ? fail(`chmod ${mode} lets every user in the container rewrite these files, so a compromised low-privilege process can replace what root later runs`, instructionPath(instruction)) : pass;
    });
  },
};

function isWorldWritable(mode: string): boolean {
  // Three or four octal digits; the last is "others", and 2, 3, 6 or 7 include write.
  if (/^[0-7]{3,4}$/.test(mode)) return '2367'.includes(mode[mode.length - 1]!);
  // Symbolic clauses such as `o+w`, `a+rwx`, `ugo=rwx`: others or all gaining write.
  return mode.split(',').some((clause) => /^[ugoa]*[oa][ugoa]*[+=][rwxXst]*w/.test(clause));
}
