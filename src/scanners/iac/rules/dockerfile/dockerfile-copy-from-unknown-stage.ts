import type { DockerfileModel, DockerInstruction } from '../../formats/dockerfile/dockerfile-model.ts';
import { dockerfileModel, instructionPath, judgeInstructions } from '../../checks/dockerfile-verdicts.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../iac-rule.ts';

/**
 * `COPY --from=name` takes an earlier stage when one has that name, and otherwise pulls an image
 * called `name` from Docker Hub. A typo or a renamed stage therefore copies files out of
 * whatever public image answers to that name, which an attacker can publish.
 */
export const dockerfileCopyFromUnknownStage: IacRule = {
  id: 'dockerfile-copy-from-unknown-stage',
  title: 'COPY --from names no earlier stage',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-829'],
  equivalents: ['DL3022', 'DL3023'],
  description: 'A `COPY --from=` value that is neither an earlier stage (by name or index) nor an explicit image reference with a tag, digest or registry path; copying from the current stage is flagged too.',
  remediation: 'Name an earlier stage (`FROM golang:1.22 AS build` … `COPY --from=build /out/app /app`), or a pinned image: `COPY --from=docker.io/library/busybox:1.36 /bin/busybox /busybox`.',
  format: 'dockerfile',
  resourceTypes: ['Dockerfile'],
  check(resource) {
    const model = dockerfileModel(resource);
    if (!model) return [];
    const firstStageNamed = new Map<string, number>();
    for (const stage of model.stages) if (stage.name !== undefined && !firstStageNamed.has(stage.name)) firstStageNamed.set(stage.name, stage.index);
    const copies = judgeInstructions(model, ['COPY'], (instruction) => (instruction.flags.from ? judgeSource(model, firstStageNamed, instruction, instruction.flags.from.at(-1)!) : undefined));
    // COPY without --from is not what this rule judges.
    return model.instructions.some((instruction) => instruction.keyword === 'COPY' && instruction.flags.from) ? copies : [];
  },
};

function judgeSource(model: DockerfileModel, firstStageNamed: ReadonlyMap<string, number>, instruction: DockerInstruction, source: string): IacVerdict {
  const path = instructionPath(instruction);
  if (source.includes('$')) return unknown(`--from=${source} is decided by a build argument`, path);
  // A tag, digest or registry path makes it an explicit image reference.
  if (/[:@/]/.test(source)) return pass;
  const current = model.stages[instruction.stageIndex];
  const lower = source.toLowerCase();
  if (/^\d+$/.test(source)) return Number(source) < instruction.stageIndex ? pass : fail(`COPY --from=${source} names a stage index that is not an earlier stage, so the build fails or copies from an unintended image`, path);
  if (current?.name === lower) return fail(`COPY --from=${source} names its own stage, which cannot be copied from`, path);
  if ((firstStageNamed.get(lower) ?? Infinity) < instruction.stageIndex) return pass;
  return fail(`COPY --from=${source} names no earlier stage, so Docker pulls an image called "${source}" from the registry: a typo copies files from whatever public image answers to that name`, path);
}
