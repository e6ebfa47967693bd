import { isMap, LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { ScanError } from '../../../core/finding.ts';
import { indexAnchors } from '../../../core/yaml-anchors.ts';
import { findDuplicateKey, mapEntries, NodeBudgetExceeded, resolveNode, spanOf, type MapEntry, type YamlSource } from '../yaml-source.ts';
import type { GitlabFile } from './gitlab-model.ts';

/** A parsed GitLab CI file: its top-level entries, before includes and `extends:` are applied. */
export interface GitlabDocument {
  file: GitlabFile;
  entries: MapEntry[];
}

export type GitlabReadResult = { document: GitlabDocument; errors: [] } | { document: undefined; errors: ScanError[] };

/**
 * Parses one GitLab CI file. A CI/CD component or template may start with a `spec:` header
 * document followed by `---` and the configuration; the configuration is the second document.
 * Every problem (invalid YAML, duplicate keys, an alias bomb that exhausts the shared node budget)
 * is a ScanError with a line, never a throw.
 */
export function readGitlabFile(path: string, text: string, budget: YamlSource['budget']): GitlabReadResult {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: false, keepSourceTokens: false });
  const failure = (message: string, offset: number): GitlabReadResult => ({
    document: undefined,
    errors: [{ path, code: 'RAMPART_E_PARSE', message, line: lineCounter.linePos(offset).line }],
  });
  if (!Array.isArray(documents)) return failure('invalid YAML: the stream could not be split into documents', 0);
  for (const doc of documents) {
    const [firstError] = doc.errors;
    if (firstError) return failure(`invalid YAML: ${firstError.message.split('\n')[0]}`, firstError.pos[0]);
  }
  for (const doc of documents) {
    // Checked here in linear time: yaml's own uniqueKeys check is quadratic in a mapping's size.
    const duplicate = findDuplicateKey(doc);
    if (duplicate) return failure(`invalid YAML: the key \`${duplicate.key}\` appears twice in one mapping (first on line ${lineCounter.linePos(duplicate.firstOffset).line})`, duplicate.offset);
  }
  const doc = configurationDocument(documents);
  if (!doc) {
    if (documents.length > 2 || (documents.length === 2 && !hasSpecHeader(documents[0]!))) return failure('not a GitLab CI file: several YAML documents and the first is not a `spec:` header', documents[1]!.range[0]);
    return { document: { file: { path, source: emptySource(text, lineCounter, budget) }, entries: [] }, errors: [] };
  }
  const source: YamlSource = { text, doc, lineCounter, budget, anchors: indexAnchors(doc), problems: [] };
  try {
    const root = resolveNode(source, doc.contents);
    if (root === undefined || root === null) return { document: { file: { path, source }, entries: [] }, errors: [] };
    if (!isMap(root)) return failure('not a GitLab CI file: the document is not a mapping', spanOf(root).start);
    return { document: { file: { path, source }, entries: mapEntries(source, root) }, errors: [] };
  } catch (cause) {
    if (cause instanceof NodeBudgetExceeded) return failure(cause.message, 0);
    throw cause;
  }
}

/** The document holding the jobs: the only one, or the one after a `spec:` header. */
function configurationDocument(documents: Document.Parsed[]): Document.Parsed | undefined {
  if (documents.length === 1) return documents[0];
  if (documents.length === 2 && hasSpecHeader(documents[0]!)) return documents[1];
  return undefined;
}

function hasSpecHeader(doc: Document.Parsed): boolean {
  return isMap(doc.contents) && doc.contents.items.some((pair) => (pair.key as { value?: unknown } | null)?.value === 'spec');
}

/** An empty file still needs a source so positions can be asked for; it simply has no nodes. */
function emptySource(text: string, lineCounter: LineCounter, budget: YamlSource['budget']): YamlSource {
  const [doc] = parseAllDocuments('{}') as Document.Parsed[];
  return { text, doc: doc!, lineCounter, budget, anchors: new Map(), problems: [] };
}
