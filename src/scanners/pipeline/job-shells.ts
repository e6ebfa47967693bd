import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { WorkflowFile } from './workflow-model.ts';

/** What decides the shell of a job's `run:` steps when a step names none. */
export interface JobShellFacts {
  /** `defaults.run.shell` of the job, else of the workflow. */
  defaultShell: string | undefined;
  /** `runs-on` as text (labels joined by spaces); undefined when it is not plain scalars. */
  runsOn: string | undefined;
}

const cache = new WeakMap<WorkflowFile, Map<string, JobShellFacts>>();

/**
 * Reads every job's shell facts in one pass over the document, once per file. Only scalars
 * written in place count: aliases are not followed here, so this cannot expand an alias bomb or
 * spend the model's node budget, and an aliased value just means "unknown".
 */
export function jobShellFacts(file: WorkflowFile, jobId: string): JobShellFacts | undefined {
  let facts = cache.get(file);
  if (!facts) {
    facts = readAllJobs(file);
    cache.set(file, facts);
  }
  return facts.get(jobId);
}

function readAllJobs(file: WorkflowFile): Map<string, JobShellFacts> {
  const facts = new Map<string, JobShellFacts>();
  const root = file.source.doc.contents;
  if (!isMap(root)) return facts;
  const workflowShell = textAt(root, ['defaults', 'run', 'shell']);
  const jobs = valueOf(root, 'jobs');
  if (!isMap(jobs)) return facts;
  for (const pair of jobs.items) {
    if (!isScalar(pair.key) || !isMap(pair.value)) continue;
    const job = pair.value as YAMLMap;
    facts.set(String(pair.key.value), { defaultShell: textAt(job, ['defaults', 'run', 'shell']) ?? workflowShell, runsOn: textAt(job, ['runs-on']) });
  }
  return facts;
}

function valueOf(map: YAMLMap, key: string): Node | undefined {
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
  return (pair?.value as Node | null | undefined) ?? undefined;
}

function textAt(map: YAMLMap, path: readonly string[]): string | undefined {
  let node: Node | undefined = map;
  for (const key of path) {
    if (!isMap(node)) return undefined;
    node = valueOf(node, key);
  }
  if (isScalar(node)) return node.value === null ? undefined : String(node.value);
  if (isSeq(node) && node.items.every((item) => isScalar(item))) return node.items.map((item) => String((item as { value: unknown }).value)).join(' ');
  return undefined;
}
