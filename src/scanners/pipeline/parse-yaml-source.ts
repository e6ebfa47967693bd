import { LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { indexAnchors, nodeCounts } from '../../core/yaml-anchors.ts';
import { findDuplicateKey, type YamlSource } from './yaml-source.ts';

/** A file parsed into one YAML document with its guards passed, or why not and where. */
export type ParsedYaml = { source: YamlSource; lineCounter: LineCounter } | { source: undefined; lineCounter: LineCounter; message: string; offset: number };

/**
 * Parses one YAML document and refuses, with a message and offset, what no reader should walk:
 * syntax errors, duplicate keys (GitHub rejects them), alias bombs and nesting deeper than the
 * stack. Checks run in linear time, so a 10,000-job workflow stays fast.
 */
export function parseYamlSource(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, keepSourceTokens: false });
  const failure = (message: string, offset: number): ParsedYaml => ({ source: undefined, lineCounter, message, offset });
  const [firstError] = doc.errors;
  if (firstError) return failure(`invalid YAML: ${yamlErrorMessage(firstError.message)}`, firstError.pos[0]);
  const duplicate = findDuplicateKey(doc);
  if (duplicate) return failure(`invalid YAML: the key \`${duplicate.key}\` appears twice in one mapping (first on line ${lineCounter.linePos(duplicate.firstOffset).line})`, duplicate.offset);
  // Anchors are written `&name`: a file without `&` has none, and skips a walk over every node.
  const anchors = text.includes('&') ? indexAnchors(doc) : new Map<string, Node[]>();
  const counts = countNodes(doc, anchors);
  if (!counts) return failure('invalid YAML: the document nests too deeply to read', 0);
  if (counts.expanded > maxExpansion && counts.expanded > counts.written * maxExpansionRatio) {
    return failure(`YAML aliases expand this ${counts.written}-node document to about ${counts.expanded.toPrecision(2)} nodes (an alias bomb); it was not scanned`, firstAliasOffset(doc));
  }
  const limit = maxNodeVisits(text);
  return { source: { text, doc, lineCounter, budget: { remaining: limit, limit }, anchors, problems: [] }, lineCounter };
}

/**
 * Model nodes one walk over a file may visit: far above any real workflow, far below what an alias
 * bomb needs. It grows with the text (a node takes a few bytes unless an alias repeats it), so a
 * legitimate 10,000-job workflow fits while a short file cannot expand into millions of nodes.
 */
function maxNodeVisits(text: string): number {
  return 500_000 + 2 * text.length;
}

/** Expanded sizes a workflow that reuses anchors normally reaches; beyond both, the file is an alias bomb. */
const maxExpansion = 1_000_000;
const maxExpansionRatio = 50;

/** Node counts, or undefined when the nesting is deeper than the stack allows. */
function countNodes(doc: Document.Parsed, anchors: Map<string, Node[]>): { written: number; expanded: number } | undefined {
  try {
    return nodeCounts(doc, anchors);
  } catch (cause) {
    if (cause instanceof RangeError) return undefined;
    throw cause;
  }
}

function firstAliasOffset(doc: Document.Parsed): number {
  let offset = 0;
  visit(doc, {
    Alias(_, alias) {
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** yaml's messages, minus hints addressed to programmers using the library. */
function yamlErrorMessage(message: string): string {
  const first = message.split('\n')[0]!;
  if (/call stack/i.test(first)) return 'the document nests too deeply to read';
  if (/multiple documents/i.test(first)) return 'the file holds more than one YAML document (a second `---`); a workflow is one document';
  return first;
}
