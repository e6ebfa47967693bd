import type { FindingDraft } from '../../../core/finding.ts';
import type { RuleMeta } from '../../../core/rule-meta.ts';
import { rangeOf } from '../pipeline-rule.ts';
import { viewRange, type ScalarView } from '../scalar-view.ts';
import type { Span } from '../yaml-source.ts';
import type { GitlabFile, GitlabPipeline } from './gitlab-model.ts';

/** A GitLab CI audit: metadata plus a pure check over one resolved pipeline (entry file and its local includes). */
export interface GitlabRule extends RuleMeta {
  check(pipeline: GitlabPipeline): FindingDraft[];
}

/**
 * A draft placed in the file that holds the node, which may be an included file rather than the
 * scanned `.gitlab-ci.yml`. Its fingerprint follows what was found, not where.
 */
export function gitlabDraft(ruleId: string, file: GitlabFile, span: Span, message: string, fingerprintContent: string): FindingDraft {
  return { ruleId, message, ...rangeOf(file.source, span), fingerprintContent, path: file.path };
}

/** The same for a range inside a script view. */
export function gitlabViewDraft(ruleId: string, file: GitlabFile, view: ScalarView, start: number, end: number, message: string, fingerprintContent: string): FindingDraft {
  return { ruleId, message, ...viewRange(file.source, view, start, end), fingerprintContent, path: file.path };
}
