import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Anchor, BlockPlace, EnvVar, Permissions, ScalarField, Step } from './workflow-model.ts';
import { entry, mapEntries, noteProblem, resolveNode, seqItems, spanOf, type MapEntry, type Span, type YamlSource } from './yaml-source.ts';

/** A scalar as text (booleans and numbers too); collections and nulls give undefined. */
export function readScalar(source: YamlSource, node: unknown): ScalarField | undefined {
  const resolved = resolveNode(source, node);
  if (!isScalar(resolved) || resolved.value === null || resolved.value === undefined) return undefined;
  return { value: String(resolved.value), span: spanOf(resolved), style: resolved.type };
}

export function readEnv(source: YamlSource, node: unknown): EnvVar[] {
  return mapEntries(source, node).map((item) => {
    if (isMap(item.value) || isSeq(item.value)) noteProblem(source, item.value, `\`${item.key}\` is ${isMap(item.value) ? 'a mapping' : 'a list'}; environment variables and outputs take a string`);
    return { name: item.key, keySpan: item.keySpan, value: readScalar(source, item.value) };
  });
}

export function readPermissions(source: YamlSource, item: { value: Node | undefined; keySpan: Span } | undefined): Permissions | undefined {
  const node = item?.value;
  if (!item || !node) return undefined;
  const span = spanOf(node);
  const keySpan = item.keySpan;
  if (isScalar(node)) {
    const value = String(node.value);
    if (value === 'read-all' || value === 'write-all') return { kind: 'all', level: value, span, keySpan };
    return { kind: 'expression', span, keySpan };
  }
  if (!isMap(node)) return undefined;
  const scopes = mapEntries(source, node).map((pair) => ({ scope: pair.key, level: readScalar(source, pair.value)?.value ?? '', span: pair.keySpan }));
  return { kind: 'scopes', scopes, span, keySpan };
}

export function readSteps(source: YamlSource, node: Node | undefined, parentPath: readonly (string | number)[]): Step[] {
  const resolved = resolveNode(source, node);
  if (resolved === undefined || (isScalar(resolved) && resolved.value === null)) return [];
  if (!isSeq(resolved)) {
    noteProblem(source, resolved, '`steps:` is not a list of steps');
    return [];
  }
  // Indexes stay those of the YAML list, so a step's path still names it when a neighbour is skipped.
  return seqItems(source, node).flatMap((item, index) => {
    if (isMap(item)) return readStepOrGroup(source, item, index, [...parentPath, 'steps', index]);
    noteProblem(source, item, 'a step is not a mapping (expected `- run: …` or `- uses: …`)');
    return [];
  });
}

/** A step, or the steps of a `parallel:` group (they share the group's position in the job). */
function readStepOrGroup(source: YamlSource, node: Node, index: number, yamlPath: (string | number)[]): Step[] {
  const group = entry(mapEntries(source, node), 'parallel');
  if (!group || !isSeq(group.value)) return [readStep(source, node, index, yamlPath)];
  return seqItems(source, group.value).flatMap((item, position) => (isMap(item) ? [readStep(source, item, index, [...yamlPath, 'parallel', position])] : []));
}

function readStep(source: YamlSource, node: Node, index: number, yamlPath: (string | number)[]): Step {
  const entries = mapEntries(source, node);
  const field = (key: string) => readScalar(source, entry(entries, key)?.value);
  const withInputs = new Map<string, { keySpan: Span; value: ScalarField | undefined }>();
  for (const item of mapEntries(source, entry(entries, 'with')?.value)) withInputs.set(item.key, { keySpan: item.keySpan, value: readScalar(source, item.value) });
  const span = spanOf(node);
  const anchor: Anchor = { keySpan: firstKeySpan(entries) ?? span, yamlPath };
  return {
    index,
    anchor,
    span,
    id: field('id'),
    name: field('name'),
    uses: field('uses'),
    run: field('run'),
    shell: field('shell'),
    if: field('if'),
    with: withInputs,
    env: readEnv(source, entry(entries, 'env')?.value),
    places: { with: placeOf(entry(entries, 'with'), span), env: placeOf(entry(entries, 'env'), span) },
  };
}

/** The block's key and, when the mapping is written inside the step itself, its span. */
function placeOf(item: MapEntry | undefined, stepSpan: Span): BlockPlace | undefined {
  if (!item) return undefined;
  const written = item.pair.value;
  const isInPlace = isMap(written) && !isAlias(written) && isMap(item.value) && item.keySpan.start >= stepSpan.start && item.keySpan.end <= stepSpan.end;
  return { keySpan: item.keySpan, mapSpan: isInPlace ? spanOf(item.value as Node) : undefined };
}

function firstKeySpan(entries: readonly { keySpan: Span }[]): Span | undefined {
  return entries[0]?.keySpan;
}
