import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { entry, mapEntries, resolveNode, seqItems, spanOf, type MapEntry } from '../yaml-source.ts';
import type { GitlabFile, GitlabKey, GitlabRefFilter, GitlabRuleClause, GitlabScalar, GitlabScriptItem, GitlabScriptKind, GitlabVariable } from './gitlab-model.ts';

/** A node and the file it sits in: values reached through `extends:` or `!reference` come from other files. */
export interface NodeInFile {
  file: GitlabFile;
  node: Node | undefined;
}

/** Follows a `!reference [job, key, …]` node to what it names; anything else comes back unchanged. */
export type Dereference = (value: NodeInFile) => NodeInFile;

export function keyOf(file: GitlabFile, item: MapEntry): GitlabKey {
  return { name: item.key, file, keySpan: item.keySpan };
}

/** A scalar as text (booleans and numbers too); collections and nulls give undefined. */
export function readGitlabScalar(value: NodeInFile): GitlabScalar | undefined {
  const node = resolveNode(value.file.source, value.node);
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  return { value: String(node.value), span: spanOf(node), style: node.type, file: value.file };
}

/**
 * Mapping entries per node, read once: job resolution asks the same template for many keys, and
 * every job extending it asks again. Reading a node once spends its budget once.
 */
const entriesCache = new WeakMap<object, MapEntry[]>();

function cachedEntries(value: NodeInFile): MapEntry[] {
  const node = value.node;
  if (node === null || node === undefined || typeof node !== 'object') return mapEntries(value.file.source, node);
  let entries = entriesCache.get(node);
  if (!entries) entriesCache.set(node, (entries = mapEntries(value.file.source, node)));
  return entries;
}

/** Entries of a mapping value, each with its file. */
export function readEntries(value: NodeInFile): { file: GitlabFile; item: MapEntry }[] {
  return cachedEntries(value).map((item) => ({ file: value.file, item }));
}

export function childOf(value: NodeInFile, key: string): NodeInFile | undefined {
  const found = entry(cachedEntries(value), key);
  return found ? { file: value.file, node: found.value } : undefined;
}

/** A scalar or a list of scalars (nested lists and `!reference` items flattened), as GitLab accepts for most list keywords. */
export function readScalarList(value: NodeInFile | undefined, dereference: Dereference, depth = 0): GitlabScalar[] {
  if (!value || depth > 10) return [];
  const resolved = dereference(value);
  const node = resolveNode(resolved.file.source, resolved.node);
  if (isSeq(node)) return seqItems(resolved.file.source, node).flatMap((item) => readScalarList({ file: resolved.file, node: item }, dereference, depth + 1));
  const scalar = readGitlabScalar(resolved);
  return scalar ? [scalar] : [];
}

export function readScripts(kind: GitlabScriptKind, value: NodeInFile | undefined, dereference: Dereference): GitlabScriptItem[] {
  return readScalarList(value, dereference).map((field) => ({ kind, field }));
}

/** `VAR: value` and `VAR: { value, expand, description, options }`. */
export function readVariables(value: NodeInFile | undefined, dereference: Dereference): GitlabVariable[] {
  if (!value) return [];
  return readEntries(dereference(value)).map(({ file, item }) => {
    const node = resolveNode(file.source, item.value);
    const inner = isMap(node) ? { file, node } : undefined;
    const expand = inner ? readGitlabScalar({ file, node: childOf(inner, 'expand')?.node })?.value : undefined;
    return {
      name: item.key,
      key: keyOf(file, item),
      value: readGitlabScalar(inner ? { file, node: childOf(inner, 'value')?.node } : { file, node }),
      isRaw: expand === 'false',
    };
  });
}

/** `rules:` entries; a `!reference` item contributes the clauses it names. */
export function readRuleClauses(value: NodeInFile | undefined, dereference: Dereference, depth = 0): GitlabRuleClause[] | undefined {
  if (!value || depth > 10) return undefined;
  const resolved = dereference(value);
  const node = resolveNode(resolved.file.source, resolved.node);
  if (!isSeq(node)) return undefined;
  return seqItems(resolved.file.source, node).flatMap((item): GitlabRuleClause[] => {
    const itemValue = dereference({ file: resolved.file, node: item });
    const itemNode = resolveNode(itemValue.file.source, itemValue.node);
    if (isSeq(itemNode)) return readRuleClauses(itemValue, dereference, depth + 1) ?? [];
    const entries = readEntries(itemValue);
    if (entries.length === 0) return [];
    const field = (key: string) => readGitlabScalar({ file: itemValue.file, node: entry(entries.map((candidate) => candidate.item), key)?.value });
    return [{ key: keyOf(itemValue.file, entries[0]!.item), if: field('if'), when: field('when') }];
  });
}

/** `only:`/`except:` as a list of refs or as `{ refs, variables }`. */
export function readRefFilter(key: GitlabKey, value: NodeInFile | undefined, dereference: Dereference): GitlabRefFilter | undefined {
  if (!value) return undefined;
  const resolved = dereference(value);
  if (isMap(resolveNode(resolved.file.source, resolved.node))) {
    return { key, refs: readScalarList(childOf(resolved, 'refs'), dereference), variables: readScalarList(childOf(resolved, 'variables'), dereference) };
  }
  return { key, refs: readScalarList(resolved, dereference), variables: [] };
}

/** Keys of a mapping (`id_tokens:`, `secrets:`) as positioned names. */
export function readKeys(value: NodeInFile | undefined, dereference: Dereference): GitlabKey[] {
  if (!value) return [];
  return readEntries(dereference(value)).map(({ file, item }) => keyOf(file, item));
}
