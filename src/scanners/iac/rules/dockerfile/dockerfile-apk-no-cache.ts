import { hasCacheMount, runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { apkCommand } from '../../checks/package-manager-commands.ts';
import { hasOption } from '../../checks/shell-commands.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/**
 * Without `--no-cache`, apk keeps its index and downloaded packages under /var/cache/apk in the
 * layer: a larger image, and a stale index that later `apk add` in child images trust.
 */
export const dockerfileApkNoCache: IacRule = {
  id: 'dockerfile-apk-no-cache',
  title: 'apk add without --no-cache',
  severity: 'info',
  confidence: 'high',
  tags: ['CWE-710'],
  equivalents: ['DL3019'],
  description: 'An `apk add` without `--no-cache`, unless the RUN mounts a cache or tmpfs on /var/cache/apk.',
  remediation: 'Use `apk add --no-cache curl=8.9.1-r2`, which neither needs `apk update` nor leaves the cache behind.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['RUN'], (instruction) => {
      if (hasCacheMount(instruction, ['/var/cache/apk'])) return pass;
      const isMissing = runCommands(instruction)
        .map(apkCommand)
        .some((apk) => apk?.subcommand === 'add' && !hasOption(apk.args, 'no-cache'));
      return isMissing ? fail('apk keeps its package cache and index in the layer: a bigger image carrying a stale index', instructionPath(instruction)) : pass;
    });
  },
};
