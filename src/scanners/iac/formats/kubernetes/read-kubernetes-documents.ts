import { LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import type { ScanError } from '../../../../core/finding.ts';
import { indexAnchors, nodeCounts } from '../../../../core/yaml-anchors.ts';
import type { IacResource, SourcePosition } from '../../iac-resource.ts';
import { isIacObject, type IacObject } from '../../iac-value.ts';
import { skipsInComments } from '../yaml-skip-comments.ts';
import { skipsInAnnotations } from './kubernetes-skips.ts';
import { convertNode, ExpansionBudgetExceeded } from './yaml-to-iac-value.ts';

/** Expanded sizes real manifests reach with anchors; beyond both, the document is an alias bomb. */
const maxExpansion = 1_000_000;
const maxExpansionRatio = 50;

export interface KubernetesDocuments {
  resources: IacResource[];
  errors: ScanError[];
  /** True when some document failed to parse, so a caller can tell a template source from a broken manifest. */
  hasParseErrors: boolean;
}

/** One parsed object before it becomes a resource: its values, where they are written, and its line span. */
interface KubernetesObject {
  document: IacObject;
  positions: Map<string, SourcePosition>;
  startLine: number;
  endLine: number;
  documentIndex: number;
}

/**
 * Reads every document of a multi-document YAML (or JSON) file into one resource per Kubernetes
 * object (`List` items each become one). A document that does not parse, or that aliases expand
 * into an alias bomb, becomes an error with its line; the other documents are still read.
 */
export function readKubernetesDocuments(path: string, text: string): KubernetesDocuments {
  const lineCounter = new LineCounter();
  const parsed = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false, keepSourceTokens: false });
  const documents = Array.isArray(parsed) ? (parsed as Document.Parsed[]) : [];
  const positionAt = (offset: number): SourcePosition => {
    const position = lineCounter.linePos(offset);
    return { line: position.line, column: position.col };
  };
  const errors: ScanError[] = [];
  const objects: KubernetesObject[] = [];
  let hasParseErrors = false;
  documents.forEach((doc, documentIndex) => {
    const failure = (message: string, offset: number) =>
      errors.push({ path, line: positionAt(offset).line, code: 'RAMPART_E_PARSE', message: `document ${documentIndex + 1}: ${message}` });
    const [firstError] = doc.errors;
    if (firstError) {
      hasParseErrors = true;
      failure(`invalid YAML: ${firstError.message.split('\n')[0]}`, firstError.pos[0]);
      return;
    }
    const contents = doc.contents as Node | null;
    if (!contents?.range) return;
    const [start, valueEnd] = contents.range;
    const anchors = text.slice(start, valueEnd).includes('&') ? indexAnchors(doc) : new Map<string, Node[]>();
    try {
      if (anchors.size > 0) {
        const counts = nodeCounts(doc, anchors);
        if (counts.expanded > maxExpansion && counts.expanded > counts.written * maxExpansionRatio) {
          failure(`YAML aliases expand this ${counts.written}-node document to about ${counts.expanded.toPrecision(2)} nodes (an alias bomb); it was not scanned`, start);
          return;
        }
      }
      const positions = new Map<string, SourcePosition>();
      const budget = { remaining: 500_000 + 2 * (valueEnd - start) };
      const value = convertNode(contents, '', positions, { anchors, budget, positionAt });
      if (!isIacObject(value)) return;
      objects.push({ document: value, positions, startLine: positionAt(start).line, endLine: positionAt(Math.max(start, valueEnd - 1)).line, documentIndex });
    } catch (cause) {
      if (cause instanceof ExpansionBudgetExceeded) failure(`${cause.message}; it was not scanned`, start);
      else if (cause instanceof RangeError) failure('the document nests too deeply to read', start);
      else throw cause;
    }
  });
  return { resources: toResources(path, text, objects), errors, hasParseErrors };
}

function toResources(path: string, text: string, objects: readonly KubernetesObject[]): IacResource[] {
  const expanded = objects.flatMap(expandList).filter((object) => typeof object.document['kind'] === 'string');
  const lines = text.includes('#') ? text.split('\n') : undefined;
  const addresses = expanded.map((object) => baseAddress(object.document));
  const counts = new Map<string, number>();
  for (const address of addresses) counts.set(address, (counts.get(address) ?? 0) + 1);
  return expanded.map((object, index) => {
    const address = counts.get(addresses[index]!)! > 1 ? `${addresses[index]}[${object.documentIndex + 1}]` : addresses[index]!;
    const comments = lines ? skipsInComments(lines.slice(object.startLine - 1, object.endLine), object.startLine) : { skips: new Map<string, string>(), ignoredLines: new Map<number, string>() };
    skipsInAnnotations(object.document, comments.skips);
    const resource: IacResource = {
      format: 'kubernetes',
      type: object.document['kind'] as string,
      name: nameOf(object.document) ?? `document-${object.documentIndex + 1}`,
      address,
      path,
      startLine: object.startLine,
      endLine: object.endLine,
      attributes: object.document,
      positions: object.positions,
      references: [],
    };
    if (comments.skips.size > 0) resource.skips = comments.skips;
    if (comments.ignoredLines.size > 0) resource.ignoredLines = comments.ignoredLines;
    return resource;
  });
}

/** A `kind: …List` document stands for its items; each keeps its own positions, re-rooted at the item. */
function expandList(object: KubernetesObject): KubernetesObject[] {
  const kind = object.document['kind'];
  const items = object.document['items'];
  if (typeof kind !== 'string' || !kind.endsWith('List') || !Array.isArray(items)) return [object];
  const itemPositions = items.map(() => new Map<string, SourcePosition>());
  for (const [key, position] of object.positions) {
    // `items.3.spec.replicas` → item 3, path `spec.replicas`.
    const match = /^items\.(\d+)(?:\.(.*))?$/.exec(key);
    if (!match) continue;
    const map = itemPositions[Number(match[1])];
    if (map) map.set(match[2] ?? '', position);
  }
  const starts = items.map((_, index) => itemPositions[index]!.get('')?.line ?? object.startLine);
  return items.flatMap((item, index) => {
    if (!isIacObject(item)) return [];
    const positions = itemPositions[index]!;
    positions.delete('');
    const endLine = index + 1 < items.length ? Math.max(starts[index]!, starts[index + 1]! - 1) : object.endLine;
    return [{ document: item, positions, startLine: starts[index]!, endLine, documentIndex: object.documentIndex }];
  });
}

function baseAddress(document: IacObject): string {
  const metadata = document['metadata'];
  const namespace = isIacObject(metadata) && typeof metadata['namespace'] === 'string' && metadata['namespace'] !== '' ? metadata['namespace'] : 'default';
  return `${String(document['kind'])}/${namespace}/${nameOf(document) ?? '(unnamed)'}`;
}

function nameOf(document: IacObject): string | undefined {
  const metadata = document['metadata'];
  if (!isIacObject(metadata)) return undefined;
  const name = metadata['name'] ?? metadata['generateName'];
  return typeof name === 'string' || typeof name === 'number' ? String(name) : undefined;
}
