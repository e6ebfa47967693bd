import { runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath } from '../../checks/dockerfile-verdicts.ts';
import type { DockerInstruction } from '../../formats/dockerfile/dockerfile-model.ts';
import { fail, pass, type IacRule, type IacVerdict } from '../../iac-rule.ts';

/**
 * Every RUN is a layer. Short RUNs in a row multiply layers, and a cleanup done in a later RUN
 * does not shrink the earlier layer: files deleted "afterwards" (package caches, downloaded
 * installers, credentials used for one step) remain readable in the image.
 */
export const dockerfileConsecutiveRun: IacRule = {
  id: 'dockerfile-consecutive-run',
  title: 'Consecutive RUN instructions',
  severity: 'info',
  confidence: 'low',
  tags: ['CWE-710'],
  equivalents: ['DL3059'],
  description: 'A RUN right after another RUN of the same stage with the same mounts, when both run at most two commands (longer RUNs are usually split on purpose).',
  remediation: 'Join short steps into one RUN with `&&`, so cleanups happen in the layer that created the files: `RUN apk add --no-cache curl=8.9.1-r2 && curl -fsSLo /tmp/x … && rm /tmp/x`.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    const verdicts: IacVerdict[] = [];
    let previous: { instruction: DockerInstruction; commands: number } | undefined;
    let runs = 0;
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'RUN') {
        previous = undefined;
        continue;
      }
      runs++;
      const commands = runCommands(instruction).length;
      const sameMounts = previous !== undefined && (previous.instruction.flags.mount ?? []).join('\n') === (instruction.flags.mount ?? []).join('\n');
      if (previous && sameMounts && previous.commands <= 2 && commands <= 2) verdicts.push(fail('this RUN follows another short RUN: each is a separate layer, and files removed in a later layer stay readable in the earlier one', instructionPath(instruction)));
      previous = { instruction, commands };
    }
    if (verdicts.length > 0) return verdicts;
    return runs > 0 ? pass : [];
  },
};
