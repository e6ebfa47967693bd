import { parse as parseJsonc, printParseErrorCode, visit, type JSONVisitor, type ParseError } from 'jsonc-parser';
import type { ScanError } from '../../core/finding.ts';
import { createLineIndex } from './line-index.ts';

export interface KeyPosition {
  line: number;
  column: number;
}

export type JsonParseOutcome = { ok: true; value: unknown } | { ok: false; error: ScanError };

/**
 * Parses a JSON lockfile. JSON.parse does the work (it is several times faster than a JS
 * parser on a 50 MB package-lock); only on failure does jsonc-parser run, to say on which line.
 * `jsonc` accepts comments and trailing commas (bun.lock).
 */
export function parseJsonDocument(path: string, text: string, options: { jsonc?: boolean } = {}): JsonParseOutcome {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (!options.jsonc) {
    try {
      return { ok: true, value: JSON.parse(body) };
    } catch (cause) {
      if (cause instanceof RangeError) return tooDeep(path);
      // Otherwise fall through to the slower parser for a precise position.
    }
  }
  const errors: ParseError[] = [];
  let value: unknown;
  try {
    value = parseJsonc(body, errors, { allowTrailingComma: options.jsonc ?? false, disallowComments: !options.jsonc });
  } catch (cause) {
    if (cause instanceof RangeError) return tooDeep(path);
    throw cause;
  }
  const first = errors[0];
  if (!first && value !== undefined) return { ok: true, value };
  const offset = first?.offset ?? 0;
  const reason = first ? printParseErrorCode(first.error) : 'empty document';
  return { ok: false, error: { path, line: createLineIndex(body).lineOf(offset), code: 'RAMPART_E_PARSE', message: `invalid JSON: ${reason}` } };
}

/** Thousands of nested brackets exhaust the stack of a recursive parser; no lockfile nests that deep. */
function tooDeep(path: string): JsonParseOutcome {
  return { ok: false, error: { path, line: 1, code: 'RAMPART_E_PARSE', message: 'JSON nested too deeply to be a lockfile' } };
}

/** The map key for a property at `[...parentPath, key]`. */
export function jsonKeyId(path: readonly string[]): string {
  return path.join('\u0000');
}

/**
 * Lines of the object properties whose parent path `isWanted` accepts, keyed by jsonKeyId.
 * A streaming pass (no tree), so a huge lockfile costs time linear in its size and little memory.
 * Array elements appear in paths as `*`.
 */
export function locateJsonKeys(text: string, isWanted: (parentPath: readonly string[]) => boolean): Map<string, KeyPosition> {
  const positions = new Map<string, KeyPosition>();
  const path: string[] = [];
  const containers: ('object' | 'array')[] = [];
  let pendingKey = '';
  const enter = (kind: 'object' | 'array'): void => {
    if (containers.length > 0) path.push(containers[containers.length - 1] === 'array' ? '*' : pendingKey);
    containers.push(kind);
  };
  const leave = (): void => {
    containers.pop();
    if (containers.length > 0) path.pop();
  };
  const visitor: JSONVisitor = {
    onObjectBegin: () => enter('object'),
    onArrayBegin: () => enter('array'),
    onObjectEnd: leave,
    onArrayEnd: leave,
    onObjectProperty: (property, _offset, _length, startLine, startCharacter) => {
      pendingKey = property;
      if (isWanted(path)) positions.set(jsonKeyId([...path, property]), { line: startLine + 1, column: startCharacter + 1 });
    },
  };
  try {
    visit(text, visitor, { allowTrailingComma: true });
  } catch (cause) {
    // Nested deeper than the stack allows: keep the positions found so far (the others fall back to line 1).
    if (!(cause instanceof RangeError)) throw cause;
  }
  return positions;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
