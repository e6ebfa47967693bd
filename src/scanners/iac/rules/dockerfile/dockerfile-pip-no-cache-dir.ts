import { hasCacheMount, runCommands } from '../../checks/dockerfile-run-scripts.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { pipCommand } from '../../checks/package-manager-commands.ts';
import { hasOption } from '../../checks/shell-commands.ts';
import type { DockerfileModel, DockerInstruction } from '../../formats/dockerfile/dockerfile-model.ts';
import { fail, pass, type IacRule } from '../../iac-rule.ts';

/**
 * pip keeps every downloaded wheel under ~/.cache/pip. In an image that cache is dead weight in
 * the layer (often larger than the packages) and can hold wheels of packages the image no
 * longer uses, which image scanners then report.
 */
export const dockerfilePipNoCacheDir: IacRule = {
  id: 'dockerfile-pip-no-cache-dir',
  title: 'pip install keeps its cache',
  severity: 'info',
  confidence: 'high',
  tags: ['CWE-710'],
  equivalents: ['DL3042'],
  description: 'A `pip install` without `--no-cache-dir`, unless the stage sets `PIP_NO_CACHE_DIR` or the RUN mounts a cache on /root/.cache/pip.',
  remediation: 'Use `pip install --no-cache-dir -r requirements.txt`, set `ENV PIP_NO_CACHE_DIR=1`, or mount a build cache: `RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt`.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    const settingByStage = firstNoCacheDirSetting(model);
    return judgeInstructions(model, ['RUN'], (instruction) => {
      if (hasCacheMount(instruction, ['/root/.cache/pip', '/root/.cache']) || setsNoCacheDir(settingByStage, instruction)) return pass;
      const isMissing = runCommands(instruction)
        .map(pipCommand)
        .some((pip) => pip?.subcommand === 'install' && !hasOption(pip.args, 'no-cache-dir'));
      return isMissing ? fail('pip keeps its download cache in the layer: a larger image that may carry wheels of packages it no longer uses', instructionPath(instruction)) : pass;
    });
  },
};

/**
 * Per stage, the index of the first `ENV PIP_NO_CACHE_DIR=…` in effect there: its own, or one
 * inherited from the stage it builds on (parents come first, so one pass suffices).
 */
function firstNoCacheDirSetting(model: DockerfileModel): Map<number, number> {
  const own = new Map<number, number>();
  for (const instruction of model.instructions) {
    if (instruction.keyword === 'ENV' && !own.has(instruction.stageIndex) && instruction.pairs.some((pair) => pair.key === 'PIP_NO_CACHE_DIR')) own.set(instruction.stageIndex, instruction.index);
  }
  const effective = new Map<number, number>();
  for (const stage of model.stages) {
    const inherited = stage.parentStage === undefined ? undefined : effective.get(stage.parentStage);
    const first = inherited ?? own.get(stage.index);
    if (first !== undefined) effective.set(stage.index, first);
  }
  return effective;
}

/** `PIP_NO_CACHE_DIR` set on the command line, or by an ENV before the RUN in its stage or a stage it builds on. */
function setsNoCacheDir(settingByStage: ReadonlyMap<number, number>, run: DockerInstruction): boolean {
  return /\bPIP_NO_CACHE_DIR=/.test(run.text) || (settingByStage.get(run.stageIndex) ?? Infinity) < run.index;
}
