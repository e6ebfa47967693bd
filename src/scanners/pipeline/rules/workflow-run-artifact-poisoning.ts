import type { FindingDraft } from '../../../core/finding.ts';
import { draft, type PipelineRule } from '../pipeline-rule.ts';
import { viewRange, viewScalar } from '../scalar-view.ts';
import { shellLines } from '../shell-lines.ts';
import { actionName, withValue } from '../step-actions.ts';
import type { Job, Step, WorkflowFile } from '../workflow-model.ts';

// A download path that is the workspace itself, where artifacts can overwrite checked-out files.
const workspaceRoot = /^(?:\.?\/?|\$\{\{\s*github\.workspace\s*\}\}\/?|\$\{?GITHUB_WORKSPACE\}?\/?)$/;
// `gh run download`, the CLI's way to fetch another run's artifacts; `-D`/`--dir` gives the directory.
const ghRunDownload = /\bgh\s+run\s+download\b(?:.*?(?:-D|--dir)[\s=]+["']?([^\s"']+))?/;
// A script interpreter or `source`/`.` given a file (not an option): `bash ./x.sh`, `source env.sh`, `python3 tool.py`.
const interpretedFile = /(?:^\s*|[;&|(]\s*|\bsudo\s+)(?:(?:ba|z|da)?sh|source|\.|python[0-9.]*|node|perl|ruby)\s+(?!-)([^\s;&|)]+)/g;
// A relative path run directly: `./build.sh`, `./bin/tool --flag`.
const directExecution = /(?:^\s*|[;&|(]\s*)(\.\/[^\s;&|)]+)/g;
// A file's content appended to GITHUB_ENV or GITHUB_PATH: `cat f >> $GITHUB_ENV`, `echo "N=$(<f)" >> "$GITHUB_ENV"`.
const fileIntoEnv = /(?:\bcat\s+([^\s;&|>]+)|\$\(\s*(?:cat\s+|<\s*)([^\s)]+))[^\n]*>>\s*"?\$\{?GITHUB_(?:ENV|PATH)\b/;

/**
 * A `workflow_run` workflow runs with the base repository's secrets and a token that can write,
 * but the run that triggered it may have been a fork's pull request, and that run's artifacts
 * are whatever the fork's code chose to upload. Executing, sourcing or exporting their content
 * (or unpacking them over the workspace and running a script there) runs the attacker's code
 * with those privileges: GitHub Security Lab's "pwn request" research and several real
 * compromises went this way.
 */
export const workflowRunArtifactPoisoning: PipelineRule = {
  id: 'workflow-run-artifact-poisoning',
  title: 'Artifacts of the triggering run executed in a workflow_run workflow',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-829', 'CWE-94'],
  equivalents: [],
  description: 'In a `workflow_run`-triggered workflow, artifacts of the triggering run are downloaded (`actions/download-artifact` with `run-id`, `dawidd6/action-download-artifact`, `actions/github-script` calling `downloadArtifact`, or `gh run download`) and a later step of the same job runs a file from them (`bash x`, `source x`, `./x`, an interpreter on a file) or appends a file\'s content to `GITHUB_ENV`/`GITHUB_PATH`. When the download lands in the workspace root, any later script run there may have been replaced. zizmor has no dedicated audit (its `dangerous-triggers` flags every `workflow_run` trigger); poutine\'s `untrusted_checkout_exec` is the related checkout-then-run rule.',
  remediation: 'Treat artifacts from `workflow_run` as untrusted data: download them into a dedicated directory (`path: ${{ runner.temp }}/artifacts`), never execute or `source` them, validate what you read (e.g. a PR number with `^[0-9]+$`) and pass it through `env:` rather than `GITHUB_ENV`; run any build of the pull request in the unprivileged `pull_request` workflow.',
  check: (file) => (file.kind === 'workflow' && file.triggers.some((trigger) => trigger.name === 'workflow_run') ? file.jobs.flatMap((job) => checkJob(file, job)) : []),
};

function checkJob(file: WorkflowFile, job: Job): FindingDraft[] {
  for (const step of job.steps) {
    const directory = downloadDirectory(step);
    if (directory === undefined) continue;
    const line = file.source.lineCounter.linePos(step.anchor.keySpan.start).line;
    return job.steps.filter((later) => later.index > step.index).flatMap((later) => usesOfArtifacts(file, later, directory, line));
  }
  return [];
}

/** Where a step puts the triggering run's artifacts ('' for the workspace root), or undefined if it does not fetch them. */
function downloadDirectory(step: Step): string | undefined {
  const name = actionName(step);
  if (name === 'dawidd6/action-download-artifact') return normalize(withValue(step, 'path'));
  if (name === 'actions/download-artifact' && withValue(step, 'run-id')) return normalize(withValue(step, 'path'));
  if (name === 'actions/github-script' && /\bdownloadArtifact\b/.test(withValue(step, 'script') ?? '')) return '';
  const cli = step.run ? ghRunDownload.exec(step.run.value) : null;
  return cli ? normalize(cli[1]) : undefined;
}

function normalize(path: string | undefined): string {
  const trimmed = (path ?? '').trim();
  if (workspaceRoot.test(trimmed)) return '';
  return trimmed.replace(/^\.\//, '').replace(/\/+$/, '');
}

function usesOfArtifacts(file: WorkflowFile, step: Step, directory: string, downloadLine: number): FindingDraft[] {
  if (!step.run) return [];
  const view = viewScalar(file.source, step.run);
  return shellLines(view).flatMap((line) => {
    const hit = artifactUse(line.text, directory);
    if (!hit) return [];
    const range = viewRange(file.source, view, line.start + hit.index, line.start + hit.index + hit.text.length);
    const where = directory === '' ? 'the workspace' : directory;
    const message = `${hit.what} after the artifacts of the triggering run were unpacked into ${where} (line ${downloadLine}): a fork's pull request controls those files, so its code runs here with this workflow's secrets and write token.`;
    return [draft('workflow-run-artifact-poisoning', range, message, `${hit.text}`)];
  });
}

function artifactUse(text: string, directory: string): { index: number; text: string; what: string } | undefined {
  if (/^\s*#/.test(text)) return undefined;
  const envWrite = fileIntoEnv.exec(text);
  if (envWrite && inArtifacts(envWrite[1] ?? envWrite[2] ?? '', directory)) return { index: envWrite.index, text: envWrite[0].trim(), what: 'A downloaded file is appended to GITHUB_ENV/GITHUB_PATH' };
  for (const pattern of [interpretedFile, directExecution]) {
    for (const match of text.matchAll(pattern)) {
      const path = match[1]!;
      if (!inArtifacts(path, directory)) continue;
      const start = match.index + match[0].indexOf(match[0].trimStart());
      return { index: start, text: match[0].trim(), what: `${path} is executed` };
    }
  }
  return undefined;
}

/** Whether a path a step reads or runs can come from the artifacts: anything relative when they land in the workspace root. */
function inArtifacts(path: string, directory: string): boolean {
  const clean = path.replace(/^["']|["']$/g, '').replace(/^\$\{?GITHUB_WORKSPACE\}?\//, './');
  if (clean.startsWith('/') || clean.startsWith('$') || clean.startsWith('~') || clean === '') return false;
  const relative = clean.replace(/^\.\//, '');
  return directory === '' || relative === directory || relative.startsWith(`${directory}/`);
}
