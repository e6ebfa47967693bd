import { runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { aptCommand } from '../../checks/package-manager-commands.ts';
import { hasOption } from '../../checks/shell-commands.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/**
 * By default apt installs every recommended package too: mail agents, documentation tools,
 * extra libraries. Each one is attack surface and a CVE source in the final image that nobody
 * asked for and nobody will patch.
 */
export const dockerfileAptGetInstallRecommends: IacRule = {
  id: 'dockerfile-apt-get-install-recommends',
  title: 'apt-get install without --no-install-recommends',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-1104', 'CIS-DOCKER-4.3'],
  equivalents: ['DL3015'],
  description: 'An `apt-get install` without `--no-install-recommends` (or `-o APT::Install-Recommends=false`).',
  remediation: 'Add the flag: `apt-get install -y --no-install-recommends curl`.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['RUN'], (instruction) => {
      const installs = runCommands(instruction)
        .map((command) => aptCommand(command))
        .filter((apt) => apt?.subcommand === 'install');
      const isMissing = installs.some((apt) => !hasOption(apt!.args, 'no-install-recommends') && !apt!.args.some((arg) => /^APT::Install-Recommends=(?:false|0|no)$/i.test(arg)));
      return isMissing ? fail('apt-get also installs recommended packages nobody asked for: more attack surface and more unpatched CVEs in the image', instructionPath(instruction)) : pass;
    });
  },
};
