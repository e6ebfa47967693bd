import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, YAMLMap, YAMLSeq, type Node, type ScalarTag, type CollectionTag } from 'yaml';
import { indexAnchors, nodeCounts } from '../../../../core/yaml-anchors.ts';
import type { SourcePosition } from '../../iac-resource.ts';
import { joinPath, longFormKey, shortFormFunctions, type RawTemplate, type RawValue, type TemplateParseFailure } from './raw-template.ts';

/** Expanded sizes real templates reach with anchors; beyond both, the file is an alias bomb. */
const maxExpansion = 1_000_000;
const maxExpansionRatio = 50;

/** Every short form registered for scalars, sequences and mappings, so the parser keeps the tags without warnings. */
const customTags: (ScalarTag | CollectionTag)[] = shortFormFunctions.flatMap((name) => [
  { tag: `!${name}`, resolve: (value: string) => value },
  { tag: `!${name}`, collection: 'seq' as const, nodeClass: YAMLSeq, resolve: (collection: unknown) => collection },
  { tag: `!${name}`, collection: 'map' as const, nodeClass: YAMLMap, resolve: (collection: unknown) => collection },
]);

class BudgetExceeded extends Error {}

interface Conversion {
  anchors: Map<string, Node[]>;
  budget: { remaining: number };
  positions: Map<string, SourcePosition>;
  resourceEndLines: Map<string, number>;
  positionAt(offset: number): SourcePosition;
}

/**
 * Parses a YAML template with positions. Short-form tags become long-form objects; aliases are
 * followed within a node budget, and an alias bomb is refused before anything is expanded.
 */
export function parseTemplateYaml(text: string): RawTemplate | TemplateParseFailure {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, customTags, prettyErrors: false, uniqueKeys: false, keepSourceTokens: false });
  const positionAt = (offset: number): SourcePosition => {
    const position = lineCounter.linePos(offset);
    return { line: position.line, column: position.col };
  };
  const [firstError] = doc.errors;
  if (firstError) return { message: `invalid YAML: ${firstError.message.split('\n')[0]}`, line: positionAt(firstError.pos[0]).line };
  const anchors = text.includes('&') ? indexAnchors(doc) : new Map<string, Node[]>();
  if (anchors.size > 0) {
    const counts = nodeCounts(doc, anchors);
    if (counts.expanded > maxExpansion && counts.expanded > counts.written * maxExpansionRatio) {
      return { message: `YAML aliases expand this ${counts.written}-node template to about ${counts.expanded.toPrecision(2)} nodes (an alias bomb); it was not scanned`, line: 1 };
    }
  }
  const conversion: Conversion = { anchors, budget: { remaining: 500_000 + 2 * text.length }, positions: new Map(), resourceEndLines: new Map(), positionAt };
  try {
    const root = convert(doc.contents, '', conversion, 0);
    return { root, positions: conversion.positions, resourceEndLines: conversion.resourceEndLines };
  } catch (cause) {
    if (cause instanceof BudgetExceeded) return { message: 'the template expands to too many nodes through YAML aliases (an alias bomb); it was not scanned', line: 1 };
    if (cause instanceof RangeError) return { message: 'the template nests too deeply to read', line: 1 };
    throw cause;
  }
}

const maxDepth = 500;

function convert(node: unknown, path: string, conversion: Conversion, depth: number): RawValue {
  conversion.budget.remaining -= 1;
  if (conversion.budget.remaining < 0) throw new BudgetExceeded();
  if (depth > maxDepth) throw new RangeError('too deep');
  const resolved = resolveAlias(node, conversion);
  const value = convertUntagged(resolved, path, conversion, depth);
  const tag = (resolved as { tag?: string } | undefined)?.tag;
  if (!tag?.startsWith('!') || tag.startsWith('!!')) return value;
  const name = tag.slice(1);
  if (name === 'GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return { 'Fn::GetAtt': dot === -1 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [longFormKey(name)]: value };
}

function convertUntagged(node: unknown, path: string, conversion: Conversion, depth: number): RawValue {
  if (isMap(node)) {
    const out: { [key: string]: RawValue } = {};
    for (const pair of node.items) {
      const key = resolveAlias(pair.key, conversion);
      if (!isScalar(key) || (key.value !== null && typeof key.value === 'object')) continue;
      const name = String(key.value);
      const keyPath = joinPath(path, name);
      const offset = key.range?.[0];
      if (offset !== undefined) conversion.positions.set(keyPath, conversion.positionAt(offset));
      out[name] = convert(pair.value, keyPath, conversion, depth + 1);
      if (path === 'Resources') {
        const end = (pair.value as Node | null)?.range?.[1];
        if (end !== undefined) conversion.resourceEndLines.set(name, conversion.positionAt(Math.max(0, end - 1)).line);
      }
    }
    return out;
  }
  if (isSeq(node)) {
    return node.items.map((item, index) => {
      const itemPath = joinPath(path, String(index));
      const offset = (item as Node | null)?.range?.[0];
      if (offset !== undefined) conversion.positions.set(itemPath, conversion.positionAt(offset));
      return convert(item, itemPath, conversion, depth + 1);
    });
  }
  if (isScalar(node)) return scalarValue(node.value);
  return null;
}

/** The node an alias names: the last node anchored with that name before the alias. */
function resolveAlias(node: unknown, conversion: Conversion): unknown {
  if (!isAlias(node)) return node;
  const offset = node.range?.[0] ?? 0;
  let found: Node | undefined;
  for (const candidate of conversion.anchors.get(node.source) ?? []) if ((candidate.range?.[0] ?? 0) < offset) found = candidate;
  return found;
}

function scalarValue(value: unknown): RawValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  return String(value);
}
