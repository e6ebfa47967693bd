import { runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath } from '../../checks/dockerfile-verdicts.ts';
import { effectiveCommand } from '../../checks/shell-commands.ts';
import type { DockerInstruction } from '../../formats/dockerfile/dockerfile-model.ts';
import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';

/** Shells that are not POSIX sh: pipes there follow other rules. */
const nonPosixShells = /^(?:pwsh|powershell|cmd)(?:\.exe)?$/i;

/**
 * A RUN's exit status is the status of the last command of a pipe. `curl https://… | tar -x`
 * "succeeds" when the download fails, so the build goes on with a missing or truncated file
 * (an empty checksum list, a half-extracted tool) and ships a broken or unverified image.
 */
export const dockerfilePipeWithoutPipefail: IacRule = {
  id: 'dockerfile-pipe-without-pipefail',
  title: 'RUN with a pipe but no pipefail',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-391'],
  equivalents: ['DL4006'],
  description: 'A shell-form RUN with a pipe, in a stage whose SHELL does not set `-o pipefail` (bash, zsh or ash) and whose script does not `set -o pipefail` first; stages with a non-POSIX SHELL (PowerShell, cmd) are not judged.',
  remediation: 'Before the RUN, set `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (`/bin/ash` on Alpine), or start the script with `set -o pipefail &&`.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    const verdicts: IacVerdict[] = [];
    for (const stage of model.stages) {
      let isSafeShell = false;
      for (const instruction of stage.instructions) {
        if (instruction.keyword === 'SHELL') isSafeShell = shellSetsPipefail(instruction);
        if (instruction.keyword !== 'RUN' || instruction.form === 'exec') continue;
        verdicts.push(isSafeShell || !hasUnguardedPipe(instruction) ? pass : fail('a pipe hides the failure of its first command, so a failed download or check lets the build go on with missing or unverified files', instructionPath(instruction)));
      }
    }
    const problems = verdicts.filter((verdict) => verdict.outcome !== 'pass');
    return problems.length > 0 ? problems : verdicts.slice(0, 1);
  },
};

function shellSetsPipefail(shell: DockerInstruction): boolean {
  const [program = '', ...args] = shell.arguments;
  // The program's file name, after the last slash or (Windows paths) backslash.
  const name = program.split(/[\\/]/).at(-1)!;
  if (nonPosixShells.test(name)) return true;
  // `-o pipefail`, or a group such as `-eo pipefail`.
  return ['bash', 'zsh', 'ash'].includes(name) && args.some((arg, index) => arg === 'pipefail' && /^-[a-z]*o$/.test(args[index - 1] ?? ''));
}

/** A pipe before which the script has not run `set -o pipefail`. */
function hasUnguardedPipe(instruction: DockerInstruction): boolean {
  let isGuarded = false;
  for (const command of runCommands(instruction)) {
    if (command.after === '|' && !isGuarded) return true;
    const run = effectiveCommand(command);
    // `set -o pipefail`, `set -euo pipefail`: an option group ending in `o`, then `pipefail`.
    if (run?.name === 'set' && run.args.some((arg, index) => arg === 'pipefail' && /^-[a-z]*o$/.test(run.args[index - 1] ?? ''))) isGuarded = true;
  }
  return false;
}
