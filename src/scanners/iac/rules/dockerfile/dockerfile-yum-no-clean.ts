import { hasCacheMount, runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { effectiveCommand } from '../../checks/shell-commands.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/** RPM package managers and the cache directory each leaves behind. */
const managers: ReadonlyMap<string, string> = new Map([
  ['yum', '/var/cache/yum'],
  ['dnf', '/var/cache/dnf'],
  ['microdnf', '/var/cache/yum'],
]);

/**
 * yum and dnf keep metadata and downloaded RPMs in /var/cache: hundreds of megabytes in the
 * layer, and a stale repository index that child images may reuse instead of refreshing.
 */
export const dockerfileYumNoClean: IacRule = {
  id: 'dockerfile-yum-no-clean',
  title: 'yum or dnf install without clean',
  severity: 'info',
  confidence: 'high',
  tags: ['CWE-710'],
  equivalents: ['DL3032', 'DL3040'],
  description: 'A RUN with `yum install` (or `dnf`, `microdnf`) not followed in the same RUN by `<manager> clean all` or removal of its cache directory; a cache or tmpfs mount on that directory counts as cleaned.',
  remediation: 'Clean in the same RUN: `yum install -y httpd-2.4.57 && yum clean all && rm -rf /var/cache/yum`.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['RUN'], (instruction) => {
      const runs = runCommands(instruction).map(effectiveCommand);
      const installAt = runs.findIndex((run) => run !== undefined && managers.has(run.name) && run.args.includes('install'));
      if (installAt === -1) return pass;
      const manager = runs[installAt]!.name;
      if (hasCacheMount(instruction, [managers.get(manager)!])) return pass;
      const cleans = runs.slice(installAt + 1).some((run) => (run?.name === manager && run.args.includes('clean') && run.args.includes('all')) || (run?.name === 'rm' && run.args.some((arg) => arg.startsWith('/var/cache/'))));
      return cleans ? pass : fail(`${manager} install without ${manager} clean all leaves its cache and metadata in the layer`, instructionPath(instruction));
    });
  },
};
