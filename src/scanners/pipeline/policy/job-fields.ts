import { isMap } from 'yaml';
import { readScalar } from '../read-model-nodes.ts';
import type { Job, WorkflowFile } from '../workflow-model.ts';
import { entry, mapEntries, seqItems, type MapEntry } from '../yaml-source.ts';

/** Job keys the shared model does not keep, read once per file for the policy rules. */
export interface JobFields {
  /** The name of `environment:` (a string or `{ name: … }`); undefined when the job has none. */
  environment: string | undefined;
  /** Job ids listed in `needs:` (one string or a list). */
  needs: string[];
  /** The `runs-on:` entry, for runner policies. */
  runsOn: MapEntry | undefined;
  /** The `strategy.matrix` entries, whose values `runs-on` may name. */
  matrix: MapEntry[];
}

export function readJobFields(file: WorkflowFile): Map<string, JobFields> {
  const source = file.source;
  const jobs = mapEntries(source, entry(mapEntries(source, source.doc.contents), 'jobs')?.value);
  const fields = new Map<string, JobFields>();
  for (const job of jobs) {
    const entries = mapEntries(source, job.value);
    const environmentNode = entry(entries, 'environment')?.value;
    const environment = readScalar(source, isMap(environmentNode) ? entry(mapEntries(source, environmentNode), 'name')?.value : environmentNode)?.value;
    const needsNode = entry(entries, 'needs')?.value;
    const needs = [readScalar(source, needsNode), ...seqItems(source, needsNode).map((item) => readScalar(source, item))].flatMap((field) => (field ? [field.value] : []));
    const matrix = mapEntries(source, entry(mapEntries(source, entry(entries, 'strategy')?.value), 'matrix')?.value);
    fields.set(job.key, { environment, needs, runsOn: entry(entries, 'runs-on'), matrix });
  }
  return fields;
}

/** Every job a job waits for, directly or through their own `needs:`, without the job itself. */
export function neededJobs(job: Job, fields: ReadonlyMap<string, JobFields>): Set<string> {
  const seen = new Set<string>();
  const pending = [...(fields.get(job.id)?.needs ?? [])];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (seen.has(id) || id === job.id) continue;
    seen.add(id);
    pending.push(...(fields.get(id)?.needs ?? []));
  }
  return seen;
}
