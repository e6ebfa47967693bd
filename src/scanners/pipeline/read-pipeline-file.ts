import { LineCounter, parseDocument, isMap, isScalar, isSeq } from 'yaml';
import type { ScanError } from '../../core/finding.ts';
import { readEnv, readPermissions, readScalar, readSteps } from './read-model-nodes.ts';
import type { ActionFile, Job, PipelineFile, Trigger, WorkflowFile, WorkflowInput } from './workflow-model.ts';
import { entry, indexAnchors, mapEntries, NodeBudgetExceeded, resolveNode, seqItems, spanOf, type MapEntry, type YamlSource } from './yaml-source.ts';

export type PipelineKind = 'workflow' | 'action';

/** Model nodes one file may visit; far above any real workflow, far below what an alias bomb needs. */
const maxNodeVisits = 500_000;

export type ReadResult = { file: PipelineFile; errors: [] } | { file: undefined; errors: ScanError[] };

/** Parses a workflow or action file into the model; every problem is a ScanError with a line, never a throw. */
export function readPipelineFile(path: string, text: string, kind: PipelineKind): ReadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  const failure = (message: string, offset?: number): ReadResult => ({
    file: undefined,
    errors: [{ path, code: 'RAMPART_E_PARSE', message, ...(offset !== undefined ? { line: lineCounter.linePos(offset).line } : {}) }],
  });
  const [firstError] = doc.errors;
  if (firstError) return failure(`invalid YAML: ${firstError.message.split('\n')[0]}`, firstError.pos[0]);
  const source: YamlSource = { text, doc, lineCounter, budget: { remaining: maxNodeVisits }, anchors: indexAnchors(doc) };
  try {
    const root = resolveNode(source, doc.contents);
    if (!isMap(root)) return failure(`not a GitHub ${kind === 'workflow' ? 'workflow' : 'action'}: the document is not a mapping`, root ? spanOf(root).start : 0);
    const entries = mapEntries(source, root);
    if (kind === 'action') {
      const runs = entry(entries, 'runs');
      if (!runs || !isMap(runs.value)) return failure('not a GitHub action: `runs:` mapping is missing', spanOf(root).start);
      return { file: readAction(path, source, entries, runs), errors: [] };
    }
    const jobs = entry(entries, 'jobs');
    if (!jobs || !isMap(jobs.value)) return failure('not a GitHub workflow: `jobs:` mapping is missing', spanOf(root).start);
    if (!entry(entries, 'on')) return failure('not a GitHub workflow: `on:` is missing', spanOf(root).start);
    return { file: readWorkflow(path, source, entries, jobs), errors: [] };
  } catch (cause) {
    if (cause instanceof NodeBudgetExceeded) return failure(cause.message, 0);
    throw cause;
  }
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
