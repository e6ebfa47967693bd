import type { DockerInstruction } from '../formats/dockerfile/dockerfile-model.ts';
import { splitWords } from '../formats/dockerfile/instruction-arguments.ts';
import { UnknownValue } from '../iac-value.ts';

/**
 * The sources of an ADD or COPY (every argument but the destination), after variable expansion;
 * here-documents count as local sources. Unknown when a source depends on a variable without a
 * known value.
 */
export function addSources(instruction: DockerInstruction): string[] | UnknownValue {
  if (instruction.form === 'exec') return instruction.arguments.slice(0, -1);
  if (instruction.expanded instanceof UnknownValue) return instruction.expanded;
  const words = splitWords(instruction.expanded).map((word) => word.replace(/^["']|["']$/g, ''));
  return words.slice(0, -1);
}
