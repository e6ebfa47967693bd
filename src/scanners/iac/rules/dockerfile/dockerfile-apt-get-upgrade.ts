import { runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { aptCommand } from '../../checks/package-manager-commands.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/**
 * `apt-get upgrade` inside a build upgrades whatever the mirror has that day, including
 * packages the base image's maintainers pinned on purpose. The image stops matching its base,
 * and an upgrade that needs an interactive prompt or a reboot leaves it half-configured.
 */
export const dockerfileAptGetUpgrade: IacRule = {
  id: 'dockerfile-apt-get-upgrade',
  title: 'apt-get upgrade in a build',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-1357'],
  equivalents: ['DL3005'],
  description: 'A RUN with `apt-get` or `apt` `upgrade`, `dist-upgrade` or `full-upgrade`.',
  remediation: 'Take fixes by moving to a newer base image tag (`FROM debian:12.6-slim`) and pin the few packages you need newer: `apt-get install -y --no-install-recommends openssl=3.0.13-1~deb12u1`.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['RUN'], (instruction) => {
      const upgrade = runCommands(instruction)
        .map((command) => aptCommand(command, ['apt-get', 'apt']))
        .find((apt) => ['upgrade', 'dist-upgrade', 'full-upgrade'].includes(apt?.subcommand ?? ''));
      return upgrade ? fail(`${upgrade.program} ${upgrade.subcommand} pulls whatever the mirror serves today, so the image drifts from its base and from the one that was tested`, instructionPath(instruction)) : pass;
    });
  },
};
