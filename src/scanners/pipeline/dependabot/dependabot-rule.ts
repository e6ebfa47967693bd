import type { FindingDraft } from '../../../core/finding.ts';
import type { RuleMeta } from '../../../core/rule-meta.ts';
import type { DependabotFile } from './dependabot-model.ts';

/** A Dependabot configuration audit: metadata plus a pure check over one parsed `dependabot.yml`. */
export interface DependabotRule extends RuleMeta {
  check(file: DependabotFile): FindingDraft[];
}
