import { isAlias, isMap, isNode, isScalar, isSeq, visit, type Document, type LineCounter, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

/** Offsets into the file's text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** A parsed YAML document plus what is needed to turn offsets into lines and columns. */
export interface YamlSource {
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Nodes the model builder may still visit; aliases make a small file describe a huge tree. */
  budget: { remaining: number };
  /** Anchored nodes by name, in document order (a name may be anchored again further down). */
  anchors: Map<string, Node[]>;
}

/**
 * Indexes every anchor once. yaml's own `Alias.resolve` searches the whole document on each call,
 * which makes thousands of aliases quadratic.
 */
export function indexAnchors(doc: Document.Parsed): Map<string, Node[]> {
  const anchors = new Map<string, Node[]>();
  visit(doc, (_, node) => {
    if (!isNode(node) || isAlias(node) || !node.anchor) return;
    const list = anchors.get(node.anchor) ?? [];
    list.push(node);
    anchors.set(node.anchor, list);
  });
  return anchors;
}

/** Thrown when a document needs more node visits than the budget allows; turned into a ScanError. */
export class NodeBudgetExceeded extends Error {}

/** The node behind an alias, without expanding anything below it; every visit spends budget. */
export function resolveNode(source: YamlSource, node: unknown): Node | undefined {
  source.budget.remaining -= 1;
  if (source.budget.remaining < 0) throw new NodeBudgetExceeded('the document expands to too many nodes (alias bomb or giant workflow)');
  if (isAlias(node)) return resolveAlias(source, node.source, node.range?.[0] ?? 0);
  return (node as Node | null) ?? undefined;
}

/** The last node anchored with this name before the alias, as YAML defines it. */
function resolveAlias(source: YamlSource, name: string, offset: number): Node | undefined {
  const candidates = source.anchors.get(name) ?? [];
  let found: Node | undefined;
  for (const candidate of candidates) if ((candidate.range?.[0] ?? 0) < offset) found = candidate;
  return found;
}

export interface MapEntry {
  key: string;
  keySpan: Span;
  value: Node | undefined;
  pair: Pair;
}

/** Entries of a mapping with string keys; anything else yields nothing. */
export function mapEntries(source: YamlSource, node: unknown): MapEntry[] {
  const map = resolveNode(source, node);
  if (!isMap(map)) return [];
  const entries: MapEntry[] = [];
  for (const pair of (map as YAMLMap).items) {
    const key = resolveNode(source, pair.key);
    if (!isScalar(key) || key.value === null || typeof key.value === 'object') continue;
    entries.push({ key: String(key.value), keySpan: spanOf(key), value: resolveNode(source, pair.value), pair });
  }
  return entries;
}

/** Items of a sequence, aliases resolved one level. */
export function seqItems(source: YamlSource, node: unknown): Node[] {
  const seq = resolveNode(source, node);
  if (!isSeq(seq)) return [];
  return (seq as YAMLSeq).items.flatMap((item) => resolveNode(source, item) ?? []);
}

export function entry(entries: readonly MapEntry[], key: string): MapEntry | undefined {
  return entries.find((candidate) => candidate.key === key);
}

export function spanOf(node: Node): Span {
  const range = node.range ?? [0, 0, 0];
  return { start: range[0], end: range[1] };
}

/** 1-based line and column of an offset. */
export function positionOf(source: YamlSource, offset: number): { line: number; column: number } {
  const position = source.lineCounter.linePos(offset);
  return { line: position.line, column: position.col };
}

export function isScalarNode(node: Node | undefined): node is Scalar {
  return isScalar(node);
}
