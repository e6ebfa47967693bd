import { isAlias, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { SourcePosition } from '../../iac-resource.ts';
import type { IacObject, IacValue } from '../../iac-value.ts';

/** Thrown when aliases make a document expand past the budget; the document is reported, not scanned. */
export class ExpansionBudgetExceeded extends Error {}

/** What converting one YAML document needs: anchors for aliases, a node budget and a way to place offsets. */
export interface ConversionContext {
  anchors: ReadonlyMap<string, readonly Node[]>;
  budget: { remaining: number };
  positionAt(offset: number): SourcePosition;
}

/**
 * Turns a YAML node into plain values and records where each path is written (a mapping entry at
 * its key, a sequence item at its first character). Aliases are followed to the last anchor of
 * that name before them, and YAML 1.1 merge keys (`<<: *defaults`) are expanded, since kubectl
 * accepts both; every node visited spends budget so an alias bomb stops instead of exploding.
 */
export function convertNode(node: unknown, path: string, positions: Map<string, SourcePosition>, context: ConversionContext): IacValue {
  context.budget.remaining -= 1;
  if (context.budget.remaining < 0) throw new ExpansionBudgetExceeded('the document expands to too many nodes through YAML aliases (an alias bomb)');
  const resolved = resolveAlias(node, context);
  if (isMap(resolved)) return convertMap(resolved.items, path, positions, context);
  if (isSeq(resolved)) {
    return resolved.items.map((item, index) => {
      const itemPath = join(path, String(index));
      const offset = rangeStart(item);
      if (offset !== undefined && !positions.has(itemPath)) positions.set(itemPath, context.positionAt(offset));
      return convertNode(item, itemPath, positions, context);
    });
  }
  if (isScalar(resolved)) return scalarValue(resolved.value);
  return null;
}

function convertMap(items: readonly { key: unknown; value: unknown }[], path: string, positions: Map<string, SourcePosition>, context: ConversionContext): IacObject {
  const out: IacObject = {};
  const merged: { key: unknown; value: unknown }[] = [];
  for (const pair of items) {
    const key = resolveAlias(pair.key, context);
    if (!isScalar(key) || (key.value !== null && typeof key.value === 'object')) continue;
    if (key.value === '<<' && key.type === 'PLAIN') {
      const source = resolveAlias(pair.value, context);
      const sources = isSeq(source) ? source.items.map((item) => resolveAlias(item, context)) : [source];
      for (const map of sources) if (isMap(map)) merged.push(...map.items);
      continue;
    }
    const name = String(key.value);
    const keyPath = join(path, name);
    const offset = rangeStart(key);
    if (offset !== undefined) positions.set(keyPath, context.positionAt(offset));
    out[name] = convertNode(pair.value, keyPath, positions, context);
  }
  // Keys written in the mapping itself win over merged ones, and earlier merge sources over later ones.
  const fromMerge = new Set<string>();
  for (const pair of merged) {
    const key = resolveAlias(pair.key, context);
    if (!isScalar(key)) continue;
    const name = String(key.value);
    if (Object.hasOwn(out, name) || fromMerge.has(name)) continue;
    fromMerge.add(name);
    const keyPath = join(path, name);
    const offset = rangeStart(key);
    if (offset !== undefined) positions.set(keyPath, context.positionAt(offset));
    out[name] = convertNode(pair.value, keyPath, positions, context);
  }
  return out;
}

/** The node an alias names: the last node anchored with that name before the alias. */
function resolveAlias(node: unknown, context: ConversionContext): unknown {
  if (!isAlias(node)) return node;
  const offset = node.range?.[0] ?? 0;
  let found: Node | undefined;
  for (const candidate of context.anchors.get(node.source) ?? []) if ((candidate.range?.[0] ?? 0) < offset) found = candidate;
  return found;
}

function scalarValue(value: unknown): IacValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return String(value);
  return String(value);
}

function rangeStart(node: unknown): number | undefined {
  return (node as { range?: [number, number, number] } | null)?.range?.[0];
}

function join(path: string, segment: string): string {
  return path === '' ? segment : `${path}.${segment}`;
}
