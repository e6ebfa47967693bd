import type { FindingDraft } from '../../../core/finding.ts';
import { isChangedFileFlag } from '../changed-file-outputs.ts';
import { codeSinkFields } from '../code-sink-inputs.ts';
import { findExpressions } from '../expressions/find-expressions.ts';
import { matrixExpressions, matrixSourcesOf, type MatrixExpressions } from '../matrix-taint.ts';
import { flowClassifiers } from '../output-taint.ts';
import { draft, type PipelineRule } from '../pipeline-rule.ts';
import { viewRange, viewScalar } from '../scalar-view.ts';
import { actionName } from '../step-actions.ts';
import { attackerSources, callerInputClassifier, envScopesOf, type TaintClassifier } from '../taint.ts';
import { stepGroups, type Job, type PipelineFile, type Step } from '../workflow-model.ts';

/**
 * Actions whose outputs are versions, paths, ids, digests, URLs or booleans, never free text
 * someone outside wrote. Lower-case `owner/repo`.
 */
const structuredOutputActions: ReadonlySet<string> = new Set([
  'actions/checkout',
  'actions/setup-node',
  'actions/setup-python',
  'actions/setup-go',
  'actions/setup-java',
  'actions/setup-dotnet',
  'actions/cache',
  'actions/upload-artifact',
  'actions/download-artifact',
  'actions/upload-pages-artifact',
  'actions/configure-pages',
  'actions/deploy-pages',
  'actions/create-github-app-token',
  'docker/metadata-action',
  'docker/build-push-action',
  'docker/setup-buildx-action',
  'docker/login-action',
  'aws-actions/configure-aws-credentials',
  'aws-actions/amazon-ecr-login',
  'google-github-actions/auth',
  'azure/login',
  'peter-evans/create-pull-request',
  'softprops/action-gh-release',
  'dorny/paths-filter',
  'googleapis/release-please-action',
  'pnpm/action-setup',
  'ruby/setup-ruby',
  'dtolnay/rust-toolchain',
  'hashicorp/setup-terraform',
]);

/**
 * An expression in a script whose value the file does not show: the output of another action
 * (a GraphQL query, a script action, a step this file does not define) or a matrix built from
 * one. Whether outsiders can put text there depends on that action, so this is a prompt to
 * check rather than a proven injection: if the action passes on a title, a branch name or a file
 * name from a pull request, its author writes part of the script.
 */
export const opaqueValueInScript: PipelineRule = {
  id: 'opaque-value-in-script',
  title: 'Output of another action pasted into a script',
  severity: 'low',
  confidence: 'low',
  tags: ['CWE-94', 'injection'],
  equivalents: ['template-injection'],
  description: 'A `${{ … }}` in `run:` (or another code input) whose value comes, directly or through `env:`, from `steps.<id>.outputs.*` of an action whose outputs are not known to be structured, from a step id the file does not define, or from a matrix built from such a value. Attacker text traced in the file is `template-injection`; actions with structured outputs (checkout, setup-*, cache, docker metadata, …) are not reported.',
  remediation: 'Pass the value through `env:` and use it as a quoted shell variable (`"$VALUE"`), so whatever the action returns stays data.',
  check(file) {
    const attacker = flowClassifiers(file);
    const callerBase = callerInputClassifier(file);
    const caller = callerBase && flowClassifiers(file, callerBase);
    const matrices = matrixExpressions(file);
    return stepGroups(file).flatMap(({ job, steps }) => {
      const traced = [attacker(job), ...(caller ? [caller(job)] : [])];
      const opaque = opaqueClassifier(file, job, steps, matrices);
      return steps.flatMap((step) => codeSinkFields(step).flatMap((field) => {
        const view = viewScalar(file.source, field);
        const scopes = envScopesOf(file, job, step);
        return findExpressions(view.text).flatMap((occurrence): FindingDraft[] => {
          if (traced.some((classify) => attackerSources(occurrence.body, scopes, classify).length > 0)) return [];
          const [source] = attackerSources(occurrence.body, scopes, opaque);
          if (!source) return [];
          const expression = view.text.slice(occurrence.start, occurrence.end);
          const message = `${expression} pastes ${source} into the script; this file does not show what that holds, and if the action passes on text from a pull request, issue or file name, its author can run commands here.`;
          return [draft('opaque-value-in-script', viewRange(file.source, view, occurrence.start, occurrence.end), message, expression)];
        });
      }));
    });
  },
};

/** How many `needs.<job>.outputs` hops are followed back to the step that fills them. */
const maxJobHops = 3;

/** Step outputs (and job outputs or matrix keys built from them) whose content is not visible in the file. */
function opaqueClassifier(file: PipelineFile, job: Job | undefined, steps: readonly Step[], matrices: MatrixExpressions, hops = 0): TaintClassifier {
  const stepOutput: TaintClassifier = (path) => {
    if (path[0] !== 'steps' || path[2] !== 'outputs' || path[1] === undefined || path[3] === undefined) return undefined;
    const step = steps.find((candidate) => candidate.id?.value.toLowerCase() === path[1]);
    if (!step) return `steps.${path[1]}.outputs.${path[3]} (no step with that id in this file)`;
    if (step.run || !step.uses) return undefined;
    const name = actionName(step);
    if ((name && structuredOutputActions.has(name)) || isChangedFileFlag(step, path[3])) return undefined;
    return `steps.${step.id!.value}.outputs.${path[3]} (an output of ${step.uses.value.trim()})`;
  };
  const jobOutput: TaintClassifier = (path) => {
    if (file.kind !== 'workflow' || hops >= maxJobHops || path[0] !== 'needs' || path[2] !== 'outputs') return undefined;
    const producer = file.jobs.find((candidate) => candidate.id.toLowerCase() === path[1]);
    const output = producer?.outputs.find((candidate) => candidate.name.toLowerCase() === path[3]);
    if (!producer || !output?.value) return undefined;
    const inner = opaqueClassifier(file, producer, producer.steps, matrices, hops + 1);
    const [source] = findExpressions(output.value.value).flatMap((occurrence) => attackerSources(occurrence.body, [], inner));
    return source && `needs.${producer.id}.outputs.${output.name} ← ${source}`;
  };
  return (path) => {
    if (path[0] === 'steps') return stepOutput(path);
    if (path[0] === 'needs') return jobOutput(path);
    if (path[0] !== 'matrix') return undefined;
    for (const body of matrixSourcesOf(matrices, job?.id, path[1])) {
      const [source] = attackerSources(body, [], jobOutput);
      if (source) return `matrix.${path[1]} ← ${source}`;
    }
    return undefined;
  };
}
