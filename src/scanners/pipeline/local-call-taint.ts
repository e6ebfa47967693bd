import type { FindingDraft } from '../../core/finding.ts';
import type { RelatedFileReader } from '../../core/source-file.ts';
import { codeSinkFields } from './code-sink-inputs.ts';
import { findExpressions } from './expressions/find-expressions.ts';
import { flowClassifiers } from './output-taint.ts';
import { draft, rangeOf } from './pipeline-rule.ts';
import { readPipelineFile } from './read-pipeline-file.ts';
import { viewScalar } from './scalar-view.ts';
import { attackerSources, callerInputClassifier, envScopesOf, type EnvScopes, type TaintClassifier } from './taint.ts';
import { stepGroups, type PipelineFile, type ScalarField } from './workflow-model.ts';

/** One value a caller passes to a local workflow or action, with the env it can read. */
interface PassedInput {
  name: string;
  value: ScalarField;
  scopes: EnvScopes;
}

/** A script line of the called file where an input is pasted in. */
interface CalleeSink {
  line: number;
  expression: string;
}

/**
 * Injections that cross a `uses: ./…` call: the caller passes attacker text (a pull request
 * title, a branch name) as an input, and the local reusable workflow or composite action it calls
 * pastes that input into a script. Reported at the caller's `with:` value, the place that makes
 * the callee's medium-severity "caller decides" finding exploitable; only directory scans can see
 * both files.
 */
export function localCallInjections(file: PipelineFile, related: RelatedFileReader | undefined): FindingDraft[] {
  if (!related) return [];
  const root = repositoryRoot(file.path);
  const callees = new Map<string, PipelineFile | undefined>();
  const calleeAt = (path: string, kind: 'workflow' | 'action') => {
    if (!callees.has(path)) callees.set(path, readCallee(related, path, kind));
    return callees.get(path);
  };
  const attacker = flowClassifiers(file);
  return stepGroups(file).flatMap(({ job, steps }) => {
    const classify = attacker(job);
    const calls: { uses: string; kind: 'workflow' | 'action'; inputs: PassedInput[] }[] = [];
    if (job?.uses) calls.push({ uses: job.uses.value, kind: 'workflow', inputs: job.with.flatMap((input) => (input.value ? [{ name: input.name, value: input.value, scopes: [] }] : [])) });
    for (const step of steps) {
      if (!step.uses) continue;
      const scopes = envScopesOf(file, job, step);
      calls.push({ uses: step.uses.value, kind: 'action', inputs: [...step.with].flatMap(([name, input]) => (input.value ? [{ name, value: input.value, scopes }] : [])) });
    }
    return calls.flatMap((call) => {
      const target = localTarget(call.uses, call.kind, root);
      const callee = target && calleeAt(target, call.kind);
      return callee ? call.inputs.flatMap((input) => crossingInjection(file, callee, input, classify)) : [];
    });
  });
}

function crossingInjection(file: PipelineFile, callee: PipelineFile, input: PassedInput, classify: TaintClassifier): FindingDraft[] {
  const [source] = findExpressions(input.value.value).flatMap((occurrence) => attackerSources(occurrence.body, input.scopes, classify));
  if (!source) return [];
  const [sink] = calleeSinks(callee, input.name);
  if (!sink) return [];
  const message = `This passes ${source} as input ${input.name} to ${callee.path}, which pastes ${sink.expression} into a script at line ${sink.line}: whoever writes that text can run commands there with the called job's token and secrets.`;
  return [draft('template-injection', rangeOf(file.source, input.value.span), message, `${callee.path}:${input.name}:${sink.expression}`)];
}

/** Where the callee pastes `inputs.<name>` (directly or through env, outputs and shell variables) into code. */
function calleeSinks(callee: PipelineFile, name: string): CalleeSink[] {
  const free = callerInputClassifier(callee);
  if (!free) return [];
  const only: TaintClassifier = (path) => (path[1] === name.toLowerCase() ? free(path) : undefined);
  const classifiers = flowClassifiers(callee, only);
  return stepGroups(callee).flatMap(({ job, steps }) => {
    const classify = classifiers(job);
    return steps.flatMap((step) =>
      codeSinkFields(step).flatMap((field) => {
        const view = viewScalar(callee.source, field);
        return findExpressions(view.text).flatMap((occurrence) => {
          if (attackerSources(occurrence.body, envScopesOf(callee, job, step), classify).length === 0) return [];
          const line = callee.source.lineCounter.linePos(view.fileOffset(occurrence.start)).line;
          return [{ line, expression: view.text.slice(occurrence.start, occurrence.end) }];
        });
      }),
    );
  });
}

function readCallee(related: RelatedFileReader, path: string, kind: 'workflow' | 'action'): PipelineFile | undefined {
  const candidates = kind === 'workflow' ? [path] : [`${path}/action.yml`, `${path}/action.yaml`];
  for (const candidate of candidates) {
    const text = related.read(candidate);
    if (text !== undefined) return readPipelineFile(candidate, text, kind).file;
  }
  return undefined;
}

/**
 * The repo-relative path a `uses: ./…` names: local paths start at the repository root, which for
 * a workflow is the folder holding its `.github/` (sample repositories can sit inside a monorepo).
 */
function localTarget(uses: string, kind: 'workflow' | 'action', root: string): string | undefined {
  const trimmed = uses.trim();
  if (!trimmed.startsWith('./') || trimmed.includes('${{')) return undefined;
  const path = trimmed.slice(2).replace(/\/+$/, '');
  if (kind === 'workflow' && !/\.ya?ml$/i.test(path)) return undefined;
  return `${root}${path}`;
}

function repositoryRoot(path: string): string {
  const at = path.lastIndexOf('.github/');
  return at === -1 ? '' : path.slice(0, at);
}
