import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node } from 'yaml';

/** A base64 value decoded out of a file, and where its encoded form sits. */
export interface DecodedValue {
  /** Text to scan: `key: decoded` so name-based rules keep their context. */
  text: string;
  line: number;
  column: number;
  endColumn: number;
}

const maxDecodedBytes = 1024 * 1024;

/**
 * Kubernetes Secret manifests carry values base64-encoded under `data:`; secrets hide there from
 * every scanner that reads only the text. Returns the decoded values with their positions.
 */
export function decodeKubernetesSecretData(text: string): DecodedValue[] {
  if (!/^\s*kind:\s*["']?Secret\b/m.test(text) || !/^\s*data:/m.test(text)) return [];
  const lineCounter = new LineCounter();
  let documents;
  try {
    documents = parseAllDocuments(text, { lineCounter, uniqueKeys: false });
  } catch {
    return [];
  }
  if (!Array.isArray(documents)) return [];
  const decoded: DecodedValue[] = [];
  for (const document of documents) {
    collectSecretData(document.contents as Node | null, lineCounter, decoded);
  }
  return decoded;
}

function collectSecretData(node: Node | null, lineCounter: LineCounter, out: DecodedValue[]): void {
  if (isSeq(node)) {
    for (const item of node.items) collectSecretData(item as Node, lineCounter, out);
    return;
  }
  if (!isMap(node)) return;
  const kind = node.get('kind');
  if (kind === 'List') {
    collectSecretData(node.get('items', true) as Node | null, lineCounter, out);
    return;
  }
  if (kind !== 'Secret') return;
  const data = node.get('data', true);
  if (!isMap(data)) return;
  for (const pair of data.items) {
    if (!isScalar(pair.key) || !isScalar(pair.value) || typeof pair.value.value !== 'string' || !pair.value.range) continue;
    const encoded = pair.value.value.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || encoded.length * 0.75 > maxDecodedBytes) continue;
    // `echo value | base64` leaves a trailing newline that is not part of the value.
    const value = Buffer.from(encoded, 'base64').toString('utf8').replace(/\r?\n$/, '');
    if (value.includes('\uFFFD')) continue; // binary payloads (keystores) are not text to scan
    const start = lineCounter.linePos(pair.value.range[0]);
    const end = lineCounter.linePos(pair.value.range[1]);
    const key = String(pair.key.value);
    // JSON and multi-line values are scanned as they are; single values get their key as context.
    const text = value.includes('\n') || value.trimStart().startsWith('{') ? value : `${key}: ${value}`;
    out.push({ text, line: start.line, column: start.col, endColumn: start.line === end.line ? end.col : start.col + pair.value.value.length });
  }
}
