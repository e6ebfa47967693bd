import { parse as parseToml } from 'smol-toml';
import type { ScanError } from '../../core/finding.ts';
import type { LockfileInput } from './inventory-package.ts';
import { isRecord } from './json-document.ts';
import { readSiblingFile } from './sibling-file.ts';

export type TomlParseOutcome = { ok: true; value: Record<string, unknown> } | { ok: false; error: ScanError };

/** Parses a TOML lockfile (Cargo.lock, poetry.lock, uv.lock, pdm.lock); smol-toml reports the failing line. */
export function parseTomlDocument(path: string, text: string): TomlParseOutcome {
  try {
    return { ok: true, value: parseToml(text) as Record<string, unknown> };
  } catch (cause) {
    const failure = cause as { line?: number; message?: string };
    return { ok: false, error: { path, line: failure.line ?? 1, code: 'RAMPART_E_PARSE', message: `invalid TOML: ${String(failure.message ?? cause).split('\n')[0]}` } };
  }
}

/**
 * Lines of the `[[package]]` headers, in file order. TOML parsers drop positions, and every
 * TOML lockfile lists packages as this array of tables, so the n-th header is the n-th entry.
 */
export function arrayTableLines(text: string, table: string): number[] {
  const lines: number[] = [];
  const header = `[[${table}]]`;
  const rows = text.split('\n');
  for (let index = 0; index < rows.length; index++) if (rows[index]!.trim() === header) lines.push(index + 1);
  return lines;
}

export type PackageTables = { ok: true; entries: Record<string, unknown>[]; lines: number[] } | { ok: false; error: ScanError };

/** The `[[package]]` entries of a TOML lockfile with the line of each header, or the parse error. */
export function readPackageTables(path: string, text: string): PackageTables {
  const parsed = parseTomlDocument(path, text);
  if (!parsed.ok) return parsed;
  const entries = Array.isArray(parsed.value.package) ? parsed.value.package.filter(isRecord) : [];
  return { ok: true, entries, lines: arrayTableLines(text, 'package') };
}

/** A TOML manifest next to the lockfile (pyproject.toml, Pipfile), or undefined when absent or not valid TOML. */
export function readSiblingToml(input: LockfileInput, fileName: string): Record<string, unknown> | undefined {
  const text = readSiblingFile(input, fileName);
  if (text === undefined) return undefined;
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
