import type { PipelinePolicy } from '../../core/config.ts';
import type { FindingDraft } from '../../core/finding.ts';
import type { RuleMeta } from '../../core/rule-meta.ts';
import type { RelatedFileReader } from '../../core/source-file.ts';
import type { PipelineFile } from './workflow-model.ts';
import { positionOf, type Span, type YamlSource } from './yaml-source.ts';

/** What a check may read besides the file: the user's validated settings, never I/O. */
export interface PipelineRuleContext {
  policy: PipelinePolicy;
  /** Other files of a directory scan, for following `uses: ./…` calls into local workflows and actions. */
  related?: RelatedFileReader;
}

/** No policy: what rules see when the config has no `pipeline:` section. */
export const defaultRuleContext: PipelineRuleContext = { policy: {} };

/** A pipeline audit: metadata plus a pure check over one parsed file (most rules ignore the context). */
export interface PipelineRule extends RuleMeta {
  check(file: PipelineFile, context: PipelineRuleContext): FindingDraft[];
}

export interface DraftRange {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** The line/column range of a span of the file. */
export function rangeOf(source: YamlSource, span: Span): DraftRange {
  const from = positionOf(source, span.start);
  const to = positionOf(source, Math.max(span.start, span.end));
  return { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
}

/** A draft whose fingerprint follows what was found, not where, so baselines survive edits. */
export function draft(ruleId: string, range: DraftRange, message: string, fingerprintContent: string): FindingDraft {
  return { ruleId, message, ...range, fingerprintContent };
}
