import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { ScanError } from '../../core/finding.ts';
import { readEnv, readPermissions, readScalar, readSteps } from './read-model-nodes.ts';
import type { ActionFile, Job, PipelineFile, Trigger, WorkflowFile, WorkflowInput } from './workflow-model.ts';
import { parseYamlSource } from './parse-yaml-source.ts';
import { entry, mapEntries, NodeBudgetExceeded, noteProblem, resolveNode, seqItems, spanOf, type MapEntry, type YamlSource } from './yaml-source.ts';

export type PipelineKind = 'workflow' | 'action';

/** A model (with the shape problems found while reading it, the rest still scanned) or only errors. */
export type ReadResult = { file: PipelineFile; errors: ScanError[] } | { file: undefined; errors: ScanError[] };

/** Parses a workflow or action file into the model; every problem is a ScanError with a line, never a throw. */
export function readPipelineFile(path: string, text: string, kind: PipelineKind): ReadResult {
  const parsed = parseYamlSource(text);
  const lineCounter = parsed.lineCounter;
  const failure = (message: string, offset?: number): ReadResult => ({
    file: undefined,
    errors: [{ path, code: 'RAMPART_E_PARSE', message, ...(offset !== undefined ? { line: lineCounter.linePos(offset).line } : {}) }],
  });
  if (!parsed.source) return failure(parsed.message, parsed.offset);
  const source = parsed.source;
  const withProblems = (file: PipelineFile): ReadResult => ({ file, errors: shapeErrors(path, kind, source) });
  try {
    const root = resolveNode(source, source.doc.contents);
    if (!isMap(root)) return failure(`not a GitHub ${kind === 'workflow' ? 'workflow' : 'action'}: the document is not a mapping`, root ? spanOf(root).start : 0);
    const entries = mapEntries(source, root);
    if (kind === 'action') {
      const runs = entry(entries, 'runs');
      if (!runs) return failure('not a GitHub action: `runs:` is missing', spanOf(root).start);
      if (!isMap(runs.value)) return failure(`not a GitHub action: \`runs:\` is ${describeNode(runs.value)}, not a mapping`, runs.keySpan.start);
      return withProblems(readAction(path, source, entries, runs));
    }
    const jobs = entry(entries, 'jobs');
    if (!jobs) return failure('not a GitHub workflow: `jobs:` is missing', spanOf(root).start);
    if (!isMap(jobs.value)) return failure(`not a GitHub workflow: \`jobs:\` is ${describeNode(jobs.value)}, not a mapping of job ids to jobs`, jobs.keySpan.start);
    const on = entry(entries, 'on');
    if (!on) return failure('not a GitHub workflow: `on:` is missing', spanOf(root).start);
    if (!isTriggerShape(on.value)) return failure(`not a GitHub workflow: \`on:\` is ${describeNode(on.value)}; it takes an event name, a list of them or a mapping`, on.keySpan.start);
    return withProblems(readWorkflow(path, source, entries, jobs));
  } catch (cause) {
    if (cause instanceof NodeBudgetExceeded) return failure(cause.message, 0);
    throw cause;
  }
}

/** Problems worth reading: one per message and line (an alias repeats its node), at most a handful. */
const maxShapeErrors = 10;

function shapeErrors(path: string, kind: PipelineKind, source: YamlSource): ScanError[] {
  const seen = new Set<string>();
  const errors: ScanError[] = [];
  for (const problem of source.problems) {
    const line = source.lineCounter.linePos(problem.offset).line;
    const key = `${line}:${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push({ path, code: 'RAMPART_E_PARSE', message: `not a valid ${kind === 'workflow' ? 'workflow' : 'action'}: ${problem.message}`, line });
  }
  if (errors.length <= maxShapeErrors) return errors;
  const rest = errors.length - maxShapeErrors + 1;
  return [...errors.slice(0, maxShapeErrors - 1), { ...errors[maxShapeErrors - 1]!, message: `${errors[maxShapeErrors - 1]!.message} (and ${rest - 1} more problems like these)` }];
}

/** `on:` takes a string, a list of strings or a mapping; a number, boolean or null is not a trigger. */
function isTriggerShape(node: Node | undefined): boolean {
  if (isScalar(node)) return typeof node.value === 'string' && node.value !== '';
  return isSeq(node) || isMap(node);
}

export function describeNode(node: Node | undefined): string {
  if (node === undefined || (isScalar(node) && node.value === null)) return 'empty';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return typeof node.value === 'string' ? 'a string' : `a ${typeof node.value}`;
  return 'an unexpected node';
}

function readWorkflow(path: string, source: YamlSource, entries: MapEntry[], jobsEntry: MapEntry): WorkflowFile {
  const jobs: Job[] = mapEntries(source, jobsEntry.value).map((item) => readJob(source, item));
  return {
    kind: 'workflow',
    path,
    source,
    triggers: readTriggers(source, entry(entries, 'on')!),
    env: readEnv(source, entry(entries, 'env')?.value),
    permissions: readPermissions(source, entry(entries, 'permissions')),
    jobs,
  };
}

function readJob(source: YamlSource, item: MapEntry): Job {
  if (!isMap(item.value)) noteProblem(source, item.value, `job \`${item.key}\` is ${describeNode(item.value)}, not a mapping`, item.keySpan.start);
  const entries = mapEntries(source, item.value);
  const field = (key: string) => readScalar(source, entry(entries, key)?.value);
  const secrets = field('secrets');
  const container = entry(entries, 'container')?.value;
  const containerImage = isMap(container) ? readScalar(source, entry(mapEntries(source, container), 'image')?.value) : readScalar(source, container);
  const yamlPath = ['jobs', item.key];
  return {
    id: item.key,
    anchor: { keySpan: item.keySpan, yamlPath },
    span: item.value ? spanOf(item.value) : item.keySpan,
    name: field('name'),
    if: field('if'),
    permissions: readPermissions(source, entry(entries, 'permissions')),
    env: readEnv(source, entry(entries, 'env')?.value),
    steps: readSteps(source, entry(entries, 'steps')?.value, yamlPath),
    uses: field('uses'),
    outputs: readEnv(source, entry(entries, 'outputs')?.value),
    with: readEnv(source, entry(entries, 'with')?.value),
    secretsInherit: secrets?.value === 'inherit' ? secrets : undefined,
    containerImage,
  };
}

/** `on: push`, `on: [push, pull_request]` and `on: { push: …, workflow_dispatch: { inputs } }`. */
function readTriggers(source: YamlSource, on: MapEntry): Trigger[] {
  const node = on.value;
  if (isScalar(node)) return [{ name: String(node.value), span: spanOf(node), inputs: [] }];
  if (isSeq(node)) return seqItems(source, node).flatMap((item) => (isScalar(item) ? [{ name: String(item.value), span: spanOf(item), inputs: [] }] : []));
  return mapEntries(source, node).map((item) => ({ name: item.key, span: item.keySpan, inputs: readInputs(source, entry(mapEntries(source, item.value), 'inputs')?.value) }));
}

function readInputs(source: YamlSource, node: unknown): WorkflowInput[] {
  return mapEntries(source, node).map((item) => ({ name: item.key, type: readScalar(source, entry(mapEntries(source, item.value), 'type')?.value)?.value }));
}

function readAction(path: string, source: YamlSource, entries: MapEntry[], runs: MapEntry): ActionFile {
  const runsEntries = mapEntries(source, runs.value);
  return {
    kind: 'action',
    path,
    source,
    using: readScalar(source, entry(runsEntries, 'using')?.value)?.value,
    inputs: readInputs(source, entry(entries, 'inputs')?.value),
    steps: readSteps(source, entry(runsEntries, 'steps')?.value, ['runs']),
    image: readScalar(source, entry(runsEntries, 'image')?.value),
  };
}
