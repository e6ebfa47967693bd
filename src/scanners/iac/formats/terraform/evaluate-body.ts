import type { SourcePosition } from '../../iac-resource.ts';
import { UnknownValue, isUnknown, type IacObject, type IacValue } from '../../iac-value.ts';
import { entriesOf, evaluate, withBindings, type EvaluationScope } from './evaluate-expression.ts';
import type { Expression, HclBlock, HclBody } from './hcl-syntax.ts';

/** Arguments that steer Terraform itself rather than describe the resource. */
const META_ARGUMENTS = new Set(['count', 'for_each', 'depends_on', 'provider']);

/** Most instances a `dynamic` block expands to; beyond that the rest is one unknown entry. */
export const MAX_DYNAMIC_INSTANCES = 1000;

/** Most nested blocks one resource instance may hold (nested `dynamic` blocks multiply); the rest are one unknown entry. */
export const MAX_BLOCKS_PER_RESOURCE = 10_000;

interface BodyLimit {
  blocksLeft: number;
  truncated: boolean;
  dynamics: UnknownDynamics;
}

/**
 * What a `dynamic` block over an unknown collection becomes. `unknown`: one unknown entry, so
 * rules reading the block cannot decide. `none` and `one`: the two extremes, no block at all or
 * one block with unknown iterator values, evaluated as alternative worlds; a rule that fails in
 * both fails whatever the collection holds (see `read-terraform.ts`). `seen` records that such a
 * block was met.
 */
export interface UnknownDynamics {
  mode: 'unknown' | 'none' | 'one';
  seen: boolean;
}

/**
 * Evaluates a resource body: arguments become values, nested blocks become arrays of objects
 * under their type (`dynamic` blocks expanded into the same arrays), and every argument and block
 * is placed in `positions` under its path with indices (`ingress.0.cidr_blocks`).
 *
 * Without `dynamic` blocks, the positions follow from the syntax alone, so every instance of the
 * body (each `count` index, each call of a local module) shares one map, worked out once: a
 * hundred calls of a module no longer build a hundred identical maps of path strings.
 */
export function evaluateResourceBody(
  body: HclBody,
  scope: EvaluationScope,
  dynamics: UnknownDynamics = { mode: 'unknown', seen: false },
): { attributes: IacObject; positions: ReadonlyMap<string, SourcePosition>; truncated: boolean } {
  const limit: BodyLimit = { blocksLeft: MAX_BLOCKS_PER_RESOURCE, truncated: false, dynamics };
  const shared = syntacticPositions.get(body);
  if (shared) return { attributes: evaluateBody(body, scope, '', undefined, true, limit), positions: shared, truncated: limit.truncated };
  const positions = new Map<string, SourcePosition>();
  const attributes = evaluateBody(body, scope, '', positions, true, limit);
  if (!limit.truncated && !hasDynamicBlock(body)) syntacticPositions.set(body, positions);
  return { attributes, positions, truncated: limit.truncated };
}

/** Positions of resource bodies without `dynamic` blocks, which every instance shares. */
const syntacticPositions = new WeakMap<HclBody, ReadonlyMap<string, SourcePosition>>();

function hasDynamicBlock(body: HclBody): boolean {
  return body.blocks.some((block) => block.type === 'dynamic' || hasDynamicBlock(block.body));
}

/** `positions` undefined: they are known already, and no paths are built. */
function evaluateBody(body: HclBody, scope: EvaluationScope, prefix: string, positions: Map<string, SourcePosition> | undefined, topLevel: boolean, limit: BodyLimit): IacObject {
  const result: IacObject = {};
  const attributes = body.attributes;
  for (let index = 0; index < attributes.length; index++) {
    const attribute = attributes[index]!;
    if (topLevel && META_ARGUMENTS.has(attribute.name)) continue;
    if (positions) {
      const path = `${prefix}${attribute.name}`;
      // Syntax nodes carry their own line and column: they serve as positions without a copy.
      positions.set(path, attribute);
      placeLiteral(attribute.expression, path, positions);
    }
    result[attribute.name] = evaluate(attribute.expression, scope);
  }
  const blocks = body.blocks;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.type === 'dynamic') {
      expandDynamic(block, scope, prefix, positions, result, limit);
      continue;
    }
    const list = blockList(result, block.type);
    if (!takeBlock(limit, list)) continue;
    if (!positions) {
      list.push(evaluateBody(block.body, scope, '', undefined, false, limit));
      continue;
    }
    const path = `${prefix}${block.type}.${list.length}`;
    placeBlock(positions, `${prefix}${block.type}`, path, block);
    list.push(evaluateBody(block.body, scope, `${path}.`, positions, false, limit));
  }
  return result;
}

function expandDynamic(block: HclBlock, scope: EvaluationScope, prefix: string, positions: Map<string, SourcePosition> | undefined, result: IacObject, limit: BodyLimit): void {
  const name = block.labels[0];
  if (!name) return;
  const list = blockList(result, name);
  const forEach = block.body.attributes.find((attribute) => attribute.name === 'for_each');
  const iteratorAttribute = block.body.attributes.find((attribute) => attribute.name === 'iterator');
  const iterator = iteratorAttribute?.expression.kind === 'scope' ? iteratorAttribute.expression.name : name;
  const content = block.body.blocks.find((child) => child.type === 'content');
  if (!forEach || !content) return;
  const collection = evaluate(forEach.expression, scope);
  if (isUnknown(collection)) {
    limit.dynamics.seen = true;
    if (limit.dynamics.mode === 'none') return;
    if (limit.dynamics.mode === 'one') {
      if (!takeBlock(limit, list)) return;
      const unknownEntry = new UnknownValue(`an entry of the unknown collection of dynamic "${name}": ${collection.reason}`, collection.refersTo);
      const inner = withBindings(scope, { [iterator]: { key: unknownEntry, value: unknownEntry } });
      const path = `${prefix}${name}.${list.length}`;
      if (positions) placeBlock(positions, `${prefix}${name}`, path, content);
      list.push(evaluateBody(content.body, inner, `${path}.`, positions, false, limit));
      return;
    }
    if (positions) placeBlock(positions, `${prefix}${name}`, `${prefix}${name}.${list.length}`, content);
    list.push(new UnknownValue(`dynamic "${name}" iterates over an unknown collection: ${collection.reason}`, collection.refersTo));
    return;
  }
  const entries = entriesOf(collection);
  for (const [index, [key, value]] of entries.entries()) {
    if (index >= MAX_DYNAMIC_INSTANCES) {
      list.push(new UnknownValue(`dynamic "${name}" has more than ${MAX_DYNAMIC_INSTANCES} entries; the rest were not evaluated`));
      limit.truncated = true;
      break;
    }
    if (!takeBlock(limit, list)) break;
    // `for_each` over a set of strings iterates with the element as both key and value.
    const iterationKey = Array.isArray(collection) ? value : key;
    const inner = withBindings(scope, { [iterator]: { key: iterationKey, value } });
    const path = `${prefix}${name}.${list.length}`;
    if (positions) placeBlock(positions, `${prefix}${name}`, path, content);
    list.push(evaluateBody(content.body, inner, `${path}.`, positions, false, limit));
  }
}

/** Counts one more block against the resource's limit; past it, the list gets one unknown entry instead. */
function takeBlock(limit: BodyLimit, list: IacValue[]): boolean {
  if (limit.blocksLeft-- > 0) return true;
  if (!limit.truncated || !list.some((entry) => entry instanceof UnknownValue)) list.push(new UnknownValue(`more than ${MAX_BLOCKS_PER_RESOURCE} nested blocks in one resource; the rest were not evaluated`));
  limit.truncated = true;
  return false;
}

function blockList(result: IacObject, type: string): IacValue[] {
  const existing = result[type];
  if (Array.isArray(existing)) return existing;
  const list: IacValue[] = [];
  result[type] = list;
  return list;
}

function placeBlock(positions: Map<string, SourcePosition>, listPath: string, path: string, block: HclBlock): void {
  if (!positions.has(listPath)) positions.set(listPath, block);
  positions.set(path, block);
}

/** Keys of object literals and elements of list literals get their own positions (`tags.Name`, `cidr_blocks.1`). */
function placeLiteral(expression: Expression, path: string, positions: Map<string, SourcePosition>): void {
  if (expression.kind === 'tuple') {
    const items = expression.items;
    for (let index = 0; index < items.length; index++) {
      const itemPath = `${path}.${index}`;
      positions.set(itemPath, items[index]!);
      placeLiteral(items[index]!, itemPath, positions);
    }
  } else if (expression.kind === 'object') {
    const entries = expression.entries;
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index]!;
      const key = entry.keyIsName && entry.key.kind === 'scope' ? entry.key.name : literalKey(entry.key);
      if (key === undefined) continue;
      const entryPath = `${path}.${key}`;
      positions.set(entryPath, entry.key);
      placeLiteral(entry.value, entryPath, positions);
    }
  }
}

function literalKey(expression: Expression): string | undefined {
  if (expression.kind === 'template' && expression.parts.every((part) => part.kind === 'text')) return expression.parts.map((part) => (part.kind === 'text' ? part.text : '')).join('');
  return undefined;
}
