import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { findExpressions } from './expressions/find-expressions.ts';
import type { PipelineFile } from './workflow-model.ts';
import { entry, mapEntries, resolveNode, type YamlSource } from './yaml-source.ts';

/**
 * For each job, the `${{ … }}` bodies its matrix values are computed from, by matrix key (lower
 * case); `*` holds expressions that produce the whole matrix or a whole `include:` list, which
 * may set any key. Literal values are left out: only run-time values can carry outside text.
 */
export type MatrixExpressions = ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;

/** How deep nested matrix values (`matrix.config.os`) are searched for expressions. */
const maxValueDepth = 4;

export function matrixExpressions(file: PipelineFile): MatrixExpressions {
  const byJob = new Map<string, Map<string, string[]>>();
  if (file.kind !== 'workflow') return byJob;
  const source = file.source;
  const jobsNode = entry(mapEntries(source, source.doc.contents), 'jobs')?.value;
  for (const job of mapEntries(source, jobsNode)) {
    const strategy = mapEntries(source, entry(mapEntries(source, job.value), 'strategy')?.value);
    const matrix = entry(strategy, 'matrix')?.value;
    if (!matrix) continue;
    const keys = new Map<string, string[]>();
    readMatrix(source, matrix, keys);
    if (keys.size > 0) byJob.set(job.key.toLowerCase(), keys);
  }
  return byJob;
}

function readMatrix(source: YamlSource, matrix: Node, keys: Map<string, string[]>): void {
  const add = (key: string, bodies: string[]) => {
    if (bodies.length > 0) keys.set(key, [...(keys.get(key) ?? []), ...bodies]);
  };
  if (isScalar(matrix)) return add('*', bodiesIn(source, matrix, 0));
  for (const item of mapEntries(source, matrix)) {
    if (item.key === 'exclude') continue;
    if (item.key !== 'include') {
      add(item.key.toLowerCase(), bodiesIn(source, item.value, 0));
      continue;
    }
    const include = resolveNode(source, item.value);
    if (isScalar(include)) add('*', bodiesIn(source, include, 0));
    for (const combination of isSeq(include) ? include.items : []) {
      const resolved = resolveNode(source, combination);
      if (isScalar(resolved)) add('*', bodiesIn(source, resolved, 0));
      for (const field of mapEntries(source, resolved)) add(field.key.toLowerCase(), bodiesIn(source, field.value, 0));
    }
  }
}

/** Expression bodies anywhere in a value: a scalar, a list of values, or nested mappings. */
function bodiesIn(source: YamlSource, node: unknown, depth: number): string[] {
  const resolved = resolveNode(source, node);
  if (isScalar(resolved)) return typeof resolved.value === 'string' ? findExpressions(resolved.value).map((found) => found.body) : [];
  if (depth >= maxValueDepth) return [];
  if (isSeq(resolved)) return resolved.items.flatMap((item) => bodiesIn(source, item, depth + 1));
  if (isMap(resolved)) return mapEntries(source, resolved).flatMap((field) => bodiesIn(source, field.value, depth + 1));
  return [];
}

/** The bodies `matrix.<key>` of a job may come from. */
export function matrixSourcesOf(expressions: MatrixExpressions, jobId: string | undefined, key: string | undefined): readonly string[] {
  if (jobId === undefined || key === undefined) return [];
  const keys = expressions.get(jobId.toLowerCase());
  if (!keys) return [];
  return [...(keys.get(key) ?? []), ...(keys.get('*') ?? [])];
}
