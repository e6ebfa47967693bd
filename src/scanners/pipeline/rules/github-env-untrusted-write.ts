import type { FindingDraft } from '../../../core/finding.ts';
import { flowClassifiers } from '../output-taint.ts';
import { draft, type PipelineRule } from '../pipeline-rule.ts';
import { viewRange, viewScalar, type ScalarView } from '../scalar-view.ts';
import type { ShellLine } from '../shell-lines.ts';
import { hereDocumentBody, traceShell } from '../shell-taint.ts';
import { envScopesOf, type EnvScopes, type TaintClassifier } from '../taint.ts';
import { stepGroups, type PipelineFile, type ScalarField } from '../workflow-model.ts';

// A reference to the GITHUB_ENV or GITHUB_PATH file: `$GITHUB_ENV`, `${GITHUB_PATH}`, `$env:GITHUB_ENV`, cmd's `%GITHUB_ENV%`.
const environmentFile = /(?:\$(?:\{|env:)?|%)GITHUB_(ENV|PATH)\b/;
// Something that writes to a file: a redirection, tee, or PowerShell's file cmdlets.
const fileWrite = />|\btee\b|Out-File|Add-Content|Set-Content/i;

/**
 * Lines written to `$GITHUB_ENV` become environment variables of every later step, and lines in
 * `$GITHUB_PATH` decide where later steps find their programs. If attacker text reaches those
 * files, a newline in a branch name or title can set `NODE_OPTIONS`, `LD_PRELOAD` or `BASH_ENV`
 * (or prepend a directory to PATH) and run code in every following step with its secrets.
 */
export const githubEnvUntrustedWrite: PipelineRule = {
  id: 'github-env-untrusted-write',
  title: 'Untrusted data written to GITHUB_ENV or GITHUB_PATH',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-94', 'injection'],
  equivalents: ['github-env'],
  description: 'A `run:` line that writes to `$GITHUB_ENV` or `$GITHUB_PATH` text derived from an attacker-controlled expression, an `env:` variable holding one, or a shell variable assigned from them. In a composite action, a write of any run-time value (`$VAR`, `$(…)`, `%VAR%`, an expression) is also reported, at medium severity and low confidence: the action cannot know what its callers pass.',
  remediation: 'Do not forward untrusted text to GITHUB_ENV or GITHUB_PATH; pass it to the steps that need it through step `env:` (quoted), or validate it against a strict pattern first.',
  check(file) {
    const classifiers = flowClassifiers(file);
    return stepGroups(file).flatMap(({ job, steps }) => {
      const classify = classifiers(job);
      return steps.flatMap((step) => (step.run ? writesIn(file, step.run, envScopesOf(file, job, step), classify) : []));
    });
  },
};

function writesIn(file: PipelineFile, run: ScalarField, scopes: EnvScopes, classify: TaintClassifier): FindingDraft[] {
  const view = viewScalar(file.source, run);
  const drafts: FindingDraft[] = [];
  for (const { line, index, lines, taintOf } of traceShell(view, scopes, classify)) {
    const target = environmentFile.exec(line.text);
    if (!target || !fileWrite.test(line.text)) continue;
    const written = [line, ...hereDocumentBody(lines, index)].map((item) => item.text.replace(environmentFile, ''));
    const source = written.map(taintOf).find((found) => found !== undefined);
    if (source) drafts.push(finding(file, view, line, `GITHUB_${target[1]}`, source));
    else if (isCompositeAction(file) && written.some((text) => dynamicValue.test(text))) drafts.push(callerValueFinding(file, view, line, `GITHUB_${target[1]}`));
  }
  return drafts;
}

// A value expanded at run time: `$VAR`, `${VAR}`, `$(command)`, PowerShell `$env:VAR`, cmd `%VAR%`, or an expression.
const dynamicValue = /\$[({A-Za-z_]|%[A-Za-z_][A-Za-z0-9_]*%|\$\{\{/;

function isCompositeAction(file: PipelineFile): boolean {
  return file.kind === 'action' && file.using === 'composite';
}

/**
 * A composite action cannot know what its callers' environment, inputs or commands hold: a
 * run-time value it writes to GITHUB_ENV may be a caller's pull request title. Reported apart
 * from traced attacker text, at medium severity and low confidence.
 */
function callerValueFinding(file: PipelineFile, view: ScalarView, line: ShellLine, target: string): FindingDraft {
  const message = `This composite action writes a value computed at run time to ${target}; it cannot know whether a caller's environment or inputs carry outside text, and a newline there sets variables such as NODE_OPTIONS or BASH_ENV for the caller's later steps.`;
  return { ...finding(file, view, line, target, ''), message, severity: 'medium', confidence: 'low' };
}

function finding(file: PipelineFile, view: ScalarView, line: ShellLine, target: string, source: string): FindingDraft {
  const indent = line.text.length - line.text.trimStart().length;
  const range = viewRange(file.source, view, line.start + indent, line.start + line.text.length);
  const message = `This line writes ${source} to ${target}: a value with a newline can set variables such as NODE_OPTIONS or BASH_ENV${target === 'GITHUB_PATH' ? ' or put an attacker directory first on PATH' : ''} and run code in every later step of the job.`;
  return draft('github-env-untrusted-write', range, message, `${target}:${line.text.trim()}`);
}
