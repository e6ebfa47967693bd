import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

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
  /**
   * Nodes the model builder (or one rule reading nodes itself) may still visit out of `limit`;
   * aliases make a small file describe a huge tree.
   */
  budget: { remaining: number; limit: number };
  /** Anchored nodes by name, in document order (a name may be anchored again further down). */
  anchors: Map<string, Node[]>;
  /** Parts that are valid YAML but not what a workflow allows there, noted while reading the model. */
  problems: ShapeProblem[];
}

/** Something in the file GitHub would reject (steps given as a string, a job that is a list …). */
export interface ShapeProblem {
  message: string;
  offset: number;
}

/** Notes a shape problem at a node (or at `fallback` when the node has no position). */
export function noteProblem(source: YamlSource, node: Node | undefined, message: string, fallback = 0): void {
  source.problems.push({ message, offset: node?.range?.[0] ?? fallback });
}

/** Gives the next reader (each rule) the whole budget again; what one walk may spend is bounded, not the sum. */
export function refillBudget(source: YamlSource): void {
  source.budget.remaining = source.budget.limit;
}

/**
 * The first key repeated in one mapping, which GitHub rejects. yaml's own `uniqueKeys` check
 * compares each key with every earlier one, which takes seconds on a 10,000-job workflow.
 */
export function findDuplicateKey(doc: Document.Parsed): { key: string; offset: number; firstOffset: number } | undefined {
  // A plain pre-order walk in document order: yaml's visit() builds a path for every node, which
  // cost more than the check itself on every scanned file.
  const pending: unknown[] = [doc.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isSeq(node)) {
      for (let index = node.items.length - 1; index >= 0; index--) pending.push(node.items[index]);
      continue;
    }
    if (!isMap(node)) continue;
    const seen = new Map<string, number>();
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const offset = pair.key.range?.[0] ?? 0;
      const first = seen.get(key);
      if (first !== undefined) return { key, offset, firstOffset: first };
      seen.set(key, offset);
    }
    for (let index = node.items.length - 1; index >= 0; index--) pending.push(node.items[index]!.value, node.items[index]!.key);
  }
  return undefined;
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

/**
 * Entries of a mapping with string keys; anything else yields nothing. YAML merge keys
 * (`<<: *defaults`, `<<: [*a, *b]`) are expanded the way YAML 1.1 tools do, keys written in the
 * mapping itself winning, so a value merged in from an anchor is still seen by the rules.
 */
export function mapEntries(source: YamlSource, node: unknown): MapEntry[] {
  const map = resolveNode(source, node);
  if (!isMap(map)) return [];
  const entries: MapEntry[] = [];
  const merged: MapEntry[] = [];
  for (const pair of (map as YAMLMap).items) {
    const key = resolveNode(source, pair.key);
    if (!isScalar(key) || key.value === null || typeof key.value === 'object') continue;
    if (isMergeKey(key)) {
      merged.push(...mergedEntries(source, pair.value));
      continue;
    }
    entries.push({ key: String(key.value), keySpan: spanOf(key), value: resolveNode(source, pair.value), pair });
  }
  if (merged.length === 0) return entries;
  const own = new Set(entries.map((item) => item.key));
  const fromMerge = new Map<string, MapEntry>();
  // Earlier mappings in a `<<: [*a, *b]` list win over later ones.
  for (const item of merged) if (!own.has(item.key) && !fromMerge.has(item.key)) fromMerge.set(item.key, item);
  return [...entries, ...fromMerge.values()];
}

/** A plain `<<` key; a quoted '<<' is an ordinary key. */
function isMergeKey(key: Scalar): boolean {
  return key.value === '<<' && key.type === 'PLAIN';
}

function mergedEntries(source: YamlSource, value: unknown): MapEntry[] {
  const resolved = resolveNode(source, value);
  if (isSeq(resolved)) return (resolved as YAMLSeq).items.flatMap((item) => mapEntries(source, item));
  return mapEntries(source, resolved);
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
