import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import type { ScanError } from '../../core/finding.ts';

/** The parts of an OCI/Docker image config the image rules judge. */
export interface ImageConfigDocument {
  config?: {
    User?: string;
    Env?: string[];
    ExposedPorts?: Record<string, unknown>;
    Labels?: Record<string, string>;
    Healthcheck?: { Test?: string[] };
  };
  history?: { created_by?: string; empty_layer?: boolean }[];
}

/** A parsed image config with the position of any JSON path in it (docker writes it on one line, so columns matter). */
export interface ImageConfigModel {
  document: ImageConfigDocument;
  positionOf(path: (string | number)[]): { line: number; column: number; endColumn: number };
}

export function readImageConfig(path: string, text: string): { model?: ImageConfigModel; errors: ScanError[] } {
  const root = parseTree(text);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (cause) {
    return { errors: [{ path, code: 'RAMPART_E_PARSE', message: `the image config is not valid JSON: ${(cause as Error).message}` }] };
  }
  if (!root || typeof document !== 'object' || document === null) return { errors: [{ path, code: 'RAMPART_E_PARSE', message: 'the image config is not a JSON object' }] };
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const toPosition = (offset: number) => {
    let line = lineStarts.length - 1;
    while (line > 0 && lineStarts[line]! > offset) line--;
    return { line: line + 1, column: offset - lineStarts[line]! + 1 };
  };
  const positionOf = (jsonPath: (string | number)[]) => {
    let node: Node | undefined;
    for (let length = jsonPath.length; length >= 0 && !node; length--) node = findNodeAtLocation(root, jsonPath.slice(0, length));
    const start = toPosition(node?.offset ?? 0);
    return { ...start, endColumn: start.column + Math.max(0, (node?.length ?? 1) - 1) };
  };
  return { model: { document: document as ImageConfigDocument, positionOf }, errors: [] };
}
