import { runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { apkCommand } from '../../checks/package-manager-commands.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/**
 * `apk add curl` takes whatever the Alpine mirror serves at build time. Builds drift, a broken
 * or vulnerable release lands without review, and the tested image cannot be rebuilt.
 */
export const dockerfileApkUnpinned: IacRule = {
  id: 'dockerfile-apk-unpinned',
  title: 'apk add without pinned versions',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-1357'],
  equivalents: ['DL3018'],
  description: 'An `apk add` in a RUN with a package that has no version constraint (`pkg=1.2.3-r0`, `pkg~1.2`, `pkg>1`); local `.apk` files count as pinned.',
  remediation: 'Pin each package: `apk add --no-cache curl=8.9.1-r2`, or `curl~8.9` to follow patch releases only.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    return judgeInstructions(model, ['RUN'], (instruction) => {
      const unpinned = runCommands(instruction)
        .map(apkCommand)
        .filter((apk) => apk?.subcommand === 'add')
        // A version operator (`=`, `~`, `<`, `>`) or a local package file pins it.
        .flatMap((apk) => apk!.packages.filter((name) => !/[=~<>]/.test(name) && !name.endsWith('.apk') && !name.includes('$')));
      return unpinned.length > 0 ? fail(`apk adds ${unpinned.slice(0, 3).map((name) => `"${name}"`).join(', ')}${unpinned.length > 3 ? ' and more' : ''} without a version, so each build may get a different, untested package`, instructionPath(instruction)) : pass;
    });
  },
};
