import type { PipelineConfig } from '../../core/config.ts';
import type { FindingDraft, ScanError } from '../../core/finding.ts';
import type { Scanner } from '../../core/scanner.ts';
import type { SourceFile, SourceText } from '../../core/source-file.ts';
import { readPipelineFile, type PipelineKind } from './read-pipeline-file.ts';
import { defaultRuleContext, type PipelineRuleContext } from './pipeline-rule.ts';
import { pipelineRules } from './rules/index.ts';
import { refillBudget } from './yaml-source.ts';

/** `.github/workflows/<name>.yml|yaml` at any depth (monorepos keep sample repos inside). */
const workflowPath = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i;
/** `action.yml` or `action.yaml` in any folder: composite, Docker and JavaScript action metadata. */
const actionPath = /(?:^|\/)action\.ya?ml$/i;

export function pipelineKindOf(path: string): PipelineKind | undefined {
  if (workflowPath.test(path)) return 'workflow';
  if (actionPath.test(path)) return 'action';
  return undefined;
}

/** `config` is the validated `pipeline:` section of rampart.yaml. */
export function createPipelineScanner(config: PipelineConfig = {}): Scanner {
  const context: PipelineRuleContext = { policy: config.policy ?? {} };
  return {
    name: 'pipeline',
    rules: () => pipelineRules,
    // Added lines from a diff are not a workflow; history and staged scans leave them to the secrets scanner.
    claims: (file: SourceFile) => !file.isDiffFragment && pipelineKindOf(file.path) !== undefined,
    scanFile(file: SourceFile, source: SourceText) {
      const kind = pipelineKindOf(file.path);
      if (!kind) return { drafts: [], errors: [] };
      return scanPipelineText(file.path, source.text, kind, context);
    },
  };
}

/** Parses once and runs every rule; a rule that throws becomes an error and the others still run. */
export function scanPipelineText(path: string, text: string, kind: PipelineKind, context: PipelineRuleContext = defaultRuleContext): { drafts: FindingDraft[]; errors: ScanError[] } {
  const read = readPipelineFile(path, text, kind);
  if (!read.file) return { drafts: [], errors: read.errors };
  const drafts: FindingDraft[] = [];
  const errors: ScanError[] = [...read.errors];
  for (const rule of pipelineRules) {
    refillBudget(read.file.source);
    try {
      drafts.push(...rule.check(read.file, context));
    } catch (cause) {
      errors.push({ path, code: 'RAMPART_E_RULE', message: `${rule.id}: ${(cause as Error).message}` });
    }
  }
  return { drafts, errors };
}
