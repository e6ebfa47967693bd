import type { FindingDraft } from '../../core/finding.ts';
import type { RuleMeta } from '../../core/rule-meta.ts';
import type { ImageConfigModel } from './image-config-model.ts';

/** A check of an image's configuration: pure, model in, drafts out. */
export interface ImageRule extends RuleMeta {
  check(model: ImageConfigModel): FindingDraft[];
}

/** A draft at a JSON path of the config; the fingerprint follows what was found, not where. */
export function imageDraft(ruleId: string, model: ImageConfigModel, path: (string | number)[], message: string, fingerprintContent: string): FindingDraft {
  const position = model.positionOf(path);
  return { ruleId, message, startLine: position.line, startColumn: position.column, endLine: position.line, endColumn: position.endColumn, fingerprintContent };
}
