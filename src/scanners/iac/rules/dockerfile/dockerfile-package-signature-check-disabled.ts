import { runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { effectiveCommand, hasOption, type ShellCommand } from '../../checks/shell-commands.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/**
 * Package signatures are what stops a mirror, a proxy or a tampered repository from handing the
 * build a modified package. Flags such as `--allow-untrusted` or `--nogpgcheck` install whatever
 * arrives, with root privileges, into the image.
 */
export const dockerfilePackageSignatureCheckDisabled: IacRule = {
  id: 'dockerfile-package-signature-check-disabled',
  title: 'Package signature check disabled',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-347', 'CWE-494', 'CIS-DOCKER-4.11'],
  equivalents: ['CKV2_DOCKER_7', 'CKV2_DOCKER_8', 'CKV2_DOCKER_9', 'CKV2_DOCKER_10', 'CKV2_DOCKER_11'],
  description: 'A RUN that installs packages without verifying their signatures: `apk --allow-untrusted`, `apt-get --allow-unauthenticated` or `--force-yes`, `yum`/`dnf`/`tdnf`/`microdnf --nogpgcheck`, `rpm --nosignature`/`--nodigest`/`--noverify`/`--nofiledigest`.',
  remediation: 'Import the repository key and keep checks on: `curl -fsSL https://repo.example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg` with `signed-by=` in the source list, or `rpm --import https://repo.example.com/RPM-GPG-KEY`.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['RUN'], (instruction) => {
      const flag = runCommands(instruction).map(unverifiedInstallFlag).find((found) => found !== undefined);
      return flag ? fail(`${flag} installs packages without checking their signatures, so a tampered mirror or proxy can put its own code into the image`, instructionPath(instruction), { detail: flag }) : pass;
    });
  },
};

/** `<program> <flag>` when a command skips signature checks. */
function unverifiedInstallFlag(command: ShellCommand): string | undefined {
  const run = effectiveCommand(command);
  if (!run) return undefined;
  const { name, args } = run;
  const has = (long: string): boolean => hasOption(args, long);
  if (name === 'apk' && has('allow-untrusted')) return 'apk --allow-untrusted';
  if (name === 'apt-get' || name === 'apt') {
    if (has('allow-unauthenticated')) return `${name} --allow-unauthenticated`;
    if (has('force-yes')) return `${name} --force-yes`;
    // `-o APT::Get::AllowUnauthenticated=true`.
    if (args.some((arg) => /^APT::Get::AllowUnauthenticated=(?:true|1|yes)$/i.test(arg))) return `${name} -o APT::Get::AllowUnauthenticated=true`;
  }
  if (['yum', 'dnf', 'tdnf', 'microdnf'].includes(name) && has('nogpgcheck')) return `${name} --nogpgcheck`;
  if (name === 'rpm') {
    const flag = ['nosignature', 'nodigest', 'noverify', 'nofiledigest'].find(has);
    if (flag) return `rpm --${flag}`;
  }
  return undefined;
}
