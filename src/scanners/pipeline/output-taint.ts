import { withChangedFileLists } from './changed-file-outputs.ts';
import { findExpressions } from './expressions/find-expressions.ts';
import { matrixExpressions, matrixSourcesOf, type MatrixExpressions } from './matrix-taint.ts';
import { viewScalar } from './scalar-view.ts';
import { traceShell } from './shell-taint.ts';
import { attackerClassifier, attackerSources, envScopesOf, type TaintClassifier } from './taint.ts';
import type { Job, PipelineFile, Step } from './workflow-model.ts';

// A reference to the GITHUB_OUTPUT file: `$GITHUB_OUTPUT`, `${GITHUB_OUTPUT}`, `$env:GITHUB_OUTPUT`, `%GITHUB_OUTPUT%`.
const outputFile = /(?:\$(?:\{|env:)?|%)GITHUB_OUTPUT\b/;
// `name=value` as written to GITHUB_OUTPUT: an output name (letters, digits, `_`, `-`) then `=`.
const outputAssignment = /([A-Za-z_][A-Za-z0-9_-]*)=(.*)$/;
// The retired `::set-output name=<name>::<value>` workflow command.
const setOutputCommand = /::set-output name=([A-Za-z0-9_-]+)::(.*)$/;

/**
 * A classifier for one job that also knows which step outputs of the job, and which outputs of
 * other jobs (`needs.<job>.outputs.<name>`), carry attacker text that is visible in this file.
 */
export function flowClassifier(file: PipelineFile, job: Job | undefined, base: TaintClassifier = attackerClassifier): TaintClassifier {
  return flowClassifiers(file, base)(job);
}

/**
 * The same for every job of a file: job outputs are traced once, so a rule asking for each of
 * 10,000 jobs does not trace all the jobs again each time.
 */
export function flowClassifiers(file: PipelineFile, base: TaintClassifier = attackerClassifier): (job: Job | undefined) => TaintClassifier {
  const jobOutputs = file.kind === 'workflow' ? taintedJobOutputs(file, base) : new Map<string, string>();
  const withNeeds = withKnown(base, jobOutputs);
  const matrices = matrixExpressions(file);
  return (job) => {
    const steps = job ? job.steps : file.kind === 'action' ? file.steps : [];
    const withMatrix = withChangedFileLists(withTaintedMatrix(withNeeds, matrices, job), file, steps);
    return withKnown(withMatrix, taintedStepOutputs(file, job, steps, withMatrix));
  };
}

/** `matrix.<key>` is tainted when a value it takes is computed from tainted text (`fromJSON(<title>)`, `pr-${{ github.head_ref }}`). */
function withTaintedMatrix(base: TaintClassifier, matrices: MatrixExpressions, job: Job | undefined): TaintClassifier {
  if (!job || !matrices.has(job.id.toLowerCase())) return base;
  return (path) => {
    const known = base(path);
    if (known || path[0] !== 'matrix') return known;
    for (const body of matrixSourcesOf(matrices, job.id, path[1])) {
      const [source] = attackerSources(body, [], base);
      if (source) return `matrix.${path[1]} ← ${source}`;
    }
    return undefined;
  };
}

function withKnown(base: TaintClassifier, known: ReadonlyMap<string, string>): TaintClassifier {
  if (known.size === 0) return base;
  return (path) => base(path) ?? (path.length >= 4 ? known.get(path.slice(0, 4).join('.')) : undefined);
}

/** `needs.<job>.outputs.<name>` → source; two rounds so jobs may read jobs declared after them. */
function taintedJobOutputs(file: PipelineFile & { kind: 'workflow' }, base: TaintClassifier): Map<string, string> {
  let known = new Map<string, string>();
  for (let round = 0; round < 2; round += 1) {
    const next = new Map<string, string>();
    for (const job of file.jobs) {
      const withNeeds = withChangedFileLists(withKnown(base, known), file, job.steps);
      const classify = withKnown(withNeeds, taintedStepOutputs(file, job, job.steps, withNeeds));
      for (const output of job.outputs) {
        const [source] = output.value ? attackerSourcesOf(output.value.value, classify) : [];
        if (source) next.set(`needs.${job.id.toLowerCase()}.outputs.${output.name.toLowerCase()}`, `needs.${job.id}.outputs.${output.name} ← ${source}`);
      }
    }
    known = next;
  }
  return known;
}

function attackerSourcesOf(text: string, classify: TaintClassifier): string[] {
  return findExpressions(text).flatMap((occurrence) => attackerSources(occurrence.body, [], classify));
}

/** `steps.<id>.outputs.<name>` → source, for outputs a step's script writes from tainted text. */
function taintedStepOutputs(file: PipelineFile, job: Job | undefined, steps: readonly Step[], base: TaintClassifier): Map<string, string> {
  const known = new Map<string, string>();
  for (const step of steps) {
    if (!step.id || !step.run) continue;
    const classify = withKnown(base, known);
    for (const traced of traceShell(viewScalar(file.source, step.run), envScopesOf(file, job, step), classify)) {
      const written = writtenOutput(traced.line.text);
      if (!written) continue;
      const source = traced.taintOf(written.value);
      if (source) known.set(`steps.${step.id.value.toLowerCase()}.outputs.${written.name.toLowerCase()}`, `steps.${step.id.value}.outputs.${written.name} ← ${source}`);
    }
  }
  return known;
}

function writtenOutput(line: string): { name: string; value: string } | undefined {
  const command = setOutputCommand.exec(line);
  if (command) return { name: command[1]!, value: command[2]! };
  if (!outputFile.test(line)) return undefined;
  // The name=value pair is what is echoed before the redirection.
  const echoed = line.split(/>>?/)[0]!.replace(/^\s*(?:echo|printf)\s+(?:-\w+\s+)*["']?/, '');
  const pair = outputAssignment.exec(echoed.trim());
  return pair ? { name: pair[1]!, value: pair[2]! } : undefined;
}
