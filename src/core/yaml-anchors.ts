import { isAlias, isMap, isNode, isSeq, visit, type Document, type Node } from 'yaml';

// YAML anchors and aliases, measured without expanding them: every scanner that reads YAML
// (workflows, GitLab pipelines, Kubernetes manifests, CloudFormation templates) guards against
// alias bombs with these before walking a document.

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

/**
 * How many nodes the document has, written and with every alias expanded, counted without
 * expanding anything (each node's expanded size is computed once). A billion-laughs file is a few
 * hundred nodes written and billions expanded.
 */
export function nodeCounts(doc: Document.Parsed, anchors: Map<string, Node[]>): { written: number; expanded: number } {
  const sizes = new Map<unknown, number>();
  let written = 0;
  const sizeOf = (node: unknown): number => {
    if (node === null || node === undefined) return 0;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    written += 1;
    let size = 1;
    if (isAlias(node)) {
      const candidates = anchors.get(node.source) ?? [];
      const offset = node.range?.[0] ?? 0;
      const target = candidates.filter((candidate) => (candidate.range?.[0] ?? 0) < offset).at(-1);
      size = target ? sizes.get(target) ?? 1 : 1;
    } else if (isMap(node)) {
      for (const pair of node.items) size += sizeOf(pair.key) + sizeOf(pair.value);
    } else if (isSeq(node)) {
      for (const item of node.items) size += sizeOf(item);
    }
    sizes.set(node, size);
    return size;
  };
  const expanded = sizeOf(doc.contents);
  return { written, expanded };
}
