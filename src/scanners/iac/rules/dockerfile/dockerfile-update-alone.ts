import { runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { effectiveCommand, type ShellCommand } from '../../checks/shell-commands.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/** Package managers and the subcommands that refresh the index or install. */
const managers: ReadonlyMap<string, { update: readonly string[]; install: readonly string[] }> = new Map([
  ['apt-get', { update: ['update'], install: ['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'source', 'build-dep', 'reinstall'] }],
  ['apt', { update: ['update'], install: ['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'reinstall'] }],
  ['apk', { update: ['update'], install: ['add', 'upgrade'] }],
  // `yum update` upgrades packages; only `makecache` refreshes the index alone.
  ['yum', { update: ['makecache'], install: ['install', 'groupinstall', 'localinstall', 'reinstall', 'upgrade', 'update'] }],
  ['dnf', { update: ['makecache'], install: ['install', 'groupinstall', 'reinstall', 'upgrade', 'update'] }],
  ['zypper', { update: ['refresh', 'ref'], install: ['install', 'in', 'update', 'up'] }],
]);

/**
 * Docker caches each RUN as a layer. An index refresh alone in its RUN is cached once and then
 * reused for months, so a later `install` in another RUN installs from a stale index: old,
 * vulnerable packages, or a failed build when the mirror dropped them.
 */
export const dockerfileUpdateAlone: IacRule = {
  id: 'dockerfile-update-alone',
  title: 'Package index update alone in a RUN',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-1104', 'CIS-DOCKER-4.7'],
  equivalents: ['CKV_DOCKER_5'],
  description: 'A RUN that refreshes a package index (`apt-get update`, `apk update`, `yum makecache`, `zypper refresh`) without installing anything in the same RUN.',
  remediation: 'Update and install in one RUN: `RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`, or use `apk add --no-cache`.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['RUN'], (instruction) => {
      const commands = runCommands(instruction);
      const updates = commands.some((command) => isSubcommand(command, 'update'));
      const installs = commands.some((command) => isSubcommand(command, 'install'));
      return updates && !installs ? fail('the package index is refreshed in a RUN of its own: Docker caches that layer, so later installs use a stale index and old, vulnerable packages', instructionPath(instruction)) : pass;
    });
  },
};

function isSubcommand(command: ShellCommand, kind: 'update' | 'install'): boolean {
  const run = effectiveCommand(command);
  const manager = run ? managers.get(run.name) : undefined;
  if (!run || !manager) return false;
  const subcommand = run.args.find((arg) => !arg.startsWith('-'));
  return subcommand !== undefined && manager[kind].includes(subcommand);
}
