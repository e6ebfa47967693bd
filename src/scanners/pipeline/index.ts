import type { PipelineConfig } from '../../core/config.ts';
import type { FindingDraft, ScanError, ScanNotice } from '../../core/finding.ts';
import type { FileScanOutput, Scanner } from '../../core/scanner.ts';
import type { RelatedFileReader, SourceFile, SourceText } from '../../core/source-file.ts';
import { readGitlabPipeline } from './gitlab/read-gitlab-pipeline.ts';
import { readPipelineFile, type PipelineKind } from './read-pipeline-file.ts';
import { defaultRuleContext, type PipelineRuleContext } from './pipeline-rule.ts';
import { readDependabotFile } from './dependabot/read-dependabot-file.ts';
import { dependabotRules, gitlabRules, pipelineRules } from './rules/index.ts';
import { refillBudget } from './yaml-source.ts';

/** `.github/workflows/<name>.yml|yaml` at any depth (monorepos keep sample repos inside). */
const workflowPath = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i;
/** `action.yml` or `action.yaml` in any folder: composite, Docker and JavaScript action metadata. */
const actionPath = /(?:^|\/)action\.ya?ml$/i;
/** `.gitlab-ci.yml` or `.gitlab-ci.yaml` in any folder: the file GitLab starts a pipeline from. */
const gitlabPath = /(?:^|\/)\.gitlab-ci\.ya?ml$/i;
/** `.github/dependabot.yml` or `.yaml` at any depth: Dependabot's configuration. */
const dependabotPath = /(?:^|\/)\.github\/dependabot\.ya?ml$/i;

export type PipelineFileKind = PipelineKind | 'gitlab' | 'dependabot';

export function pipelineKindOf(path: string): PipelineFileKind | undefined {
  if (workflowPath.test(path)) return 'workflow';
  if (actionPath.test(path)) return 'action';
  if (gitlabPath.test(path)) return 'gitlab';
  if (dependabotPath.test(path)) return 'dependabot';
  return undefined;
}

/** `config` is the validated `pipeline:` section of rampart.yaml. */
export function createPipelineScanner(config: PipelineConfig = {}): Scanner {
  const context: PipelineRuleContext = { policy: config.policy ?? {} };
  return {
    name: 'pipeline',
    rules: () => [...pipelineRules, ...gitlabRules, ...dependabotRules],
    // Added lines from a diff are not a workflow; history and staged scans leave them to the secrets scanner.
    claims: (file: SourceFile) => !file.isDiffFragment && pipelineKindOf(file.path) !== undefined,
    scanFile(file: SourceFile, source: SourceText) {
      const kind = pipelineKindOf(file.path);
      if (!kind) return { drafts: [], errors: [] };
      if (kind === 'gitlab') return scanGitlabText(file.path, source.text, file.related);
      if (kind === 'dependabot') return scanDependabotText(file.path, source.text);
      return scanPipelineText(file.path, source.text, kind, file.related ? { ...context, related: file.related } : context);
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

/** Parses a `dependabot.yml` once and runs every Dependabot rule on it. */
export function scanDependabotText(path: string, text: string): { drafts: FindingDraft[]; errors: ScanError[] } {
  const read = readDependabotFile(path, text);
  if (!read.file) return { drafts: [], errors: read.errors };
  const drafts: FindingDraft[] = [];
  const errors: ScanError[] = [];
  for (const rule of dependabotRules) {
    try {
      drafts.push(...rule.check(read.file));
    } catch (cause) {
      errors.push({ path, code: 'RAMPART_E_RULE', message: `${rule.id}: ${(cause as Error).message}` });
    }
  }
  return { drafts, errors };
}

/**
 * A `.gitlab-ci.yml` is read with the local files it includes, and audited as the one pipeline
 * GitLab would build from them. Included files are not entry points of their own: a finding in
 * one is placed at that file's path and line through this scan. A file that is both an entry
 * point and included elsewhere yields the same finding at the same place twice, which the scan's
 * de-duplication folds into one.
 */
export function scanGitlabText(path: string, text: string, related: RelatedFileReader | undefined): FileScanOutput {
  const read = readGitlabPipeline(path, text, related);
  const notices: ScanNotice[] = (read.pipeline?.unresolved ?? []).map((item) => ({ path: item.path, code: 'RAMPART_N_INCLUDE_UNRESOLVED', message: `line ${item.line}: ${item.message}` }));
  if (!read.pipeline) return { drafts: [], errors: read.errors, notices };
  const drafts: FindingDraft[] = [];
  const errors: ScanError[] = [...read.errors];
  for (const rule of gitlabRules) {
    try {
      drafts.push(...rule.check(read.pipeline));
    } catch (cause) {
      errors.push({ path, code: 'RAMPART_E_RULE', message: `${rule.id}: ${(cause as Error).message}` });
    }
  }
  return { drafts: uniqueDrafts(drafts), errors, notices };
}

/** Jobs that extend one template share its nodes: one finding per rule and place. */
function uniqueDrafts(drafts: FindingDraft[]): FindingDraft[] {
  const seen = new Set<string>();
  return drafts.filter((draft) => {
    const key = `${draft.ruleId}\0${draft.path ?? ''}\0${draft.startLine}\0${draft.startColumn}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
