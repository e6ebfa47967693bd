import type { DockerfileModel, DockerInstruction, DockerStage } from '../formats/dockerfile/dockerfile-model.ts';
import type { IacResource } from '../iac-resource.ts';
import { pass, type IacVerdict } from '../iac-rule.ts';

/** The Dockerfile model of a resource the dockerfile reader made (undefined for any other). */
export function dockerfileModel(resource: IacResource): DockerfileModel | undefined {
  return resource.format === 'dockerfile' ? (resource.model as DockerfileModel | undefined) : undefined;
}

/** The finding path of an instruction, which the engine places on the instruction's first line. */
export function instructionPath(instruction: DockerInstruction): string {
  return `instructions.${instruction.index}`;
}

/**
 * Judges each instruction with one of the keywords: every failing or unknown verdict is kept; one
 * pass stands for the file when none fails; no verdict at all when the file has no such
 * instruction (the rule does not apply).
 */
export function judgeInstructions(model: DockerfileModel, keywords: readonly string[], judge: (instruction: DockerInstruction) => IacVerdict | undefined): IacVerdict[] {
  const verdicts: IacVerdict[] = [];
  let isApplicable = false;
  for (const instruction of model.instructions) {
    if (!keywords.includes(instruction.keyword)) continue;
    isApplicable = true;
    const verdict = judge(instruction);
    if (verdict && verdict.outcome !== 'pass') verdicts.push(verdict);
  }
  if (verdicts.length > 0) return verdicts;
  return isApplicable ? [pass] : [];
}

/** The stage the image is built from and every stage it builds on (`FROM build`), last first. */
export function finalStageChain(model: DockerfileModel): DockerStage[] {
  const chain: DockerStage[] = [];
  const seen = new Set<number>();
  let stage = model.stages.at(-1);
  while (stage && !seen.has(stage.index)) {
    seen.add(stage.index);
    chain.push(stage);
    stage = stage.parentStage === undefined ? undefined : model.stages[stage.parentStage];
  }
  return chain;
}
