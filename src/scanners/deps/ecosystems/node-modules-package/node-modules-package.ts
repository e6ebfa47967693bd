import { createPackage } from '../../create-package.ts';
import type { LockfileInput, LockfileParser, LockfileParseResult } from '../../inventory-package.ts';
import { isRecord, parseJsonDocument, stringOf } from '../../json-document.ts';
import { createLineIndex } from '../../line-index.ts';

/**
 * The root package.json of an installed package: `node_modules/<name>/package.json` or
 * `node_modules/@scope/<name>/package.json`, at any depth. npm names never start with `.` or `_`,
 * which keeps out `.bin`, `.cache` and `node_modules/x/lib/package.json` (not a package root).
 */
const installedManifest = /(?:^|\/)node_modules\/(?:@[^/.][^/]*\/)?[^/.@_][^/]*\/package\.json$/;

/** Installed npm packages, read from each package's own package.json rather than a lockfile. */
export const nodeModulesPackageParser = {
  id: 'node-modules-package',
  ecosystem: 'npm',
  claims: (path) => installedManifest.test(path),
  parse,
} as const satisfies LockfileParser;

/** `license` is an SPDX string; old packages wrote `{ "type": "MIT" }`. */
function licenceOf(manifest: Record<string, unknown>): string[] | undefined {
  const license = manifest.license;
  if (typeof license === 'string' && license !== '') return [license];
  if (isRecord(license)) {
    const type = stringOf(license.type);
    if (type) return [type];
  }
  return undefined;
}

function parse(input: LockfileInput): LockfileParseResult {
  const parsed = parseJsonDocument(input.path, input.text);
  if (!parsed.ok) return { packages: [], errors: [parsed.error], notices: [] };
  const manifest = parsed.value;
  // Test fixtures and templates inside packages ship package.json files without a name or version: not installed packages.
  if (!isRecord(manifest)) return { packages: [], errors: [], notices: [] };
  const name = stringOf(manifest.name);
  const version = stringOf(manifest.version);
  if (!name || !version) return { packages: [], errors: [], notices: [] };
  // The "name" member locates the package; an `author: { name }` earlier in the file must not.
  const offset = input.text.search(new RegExp(`"name"\\s*:\\s*${escapeForPattern(JSON.stringify(name))}`));
  const lines = createLineIndex(input.text);
  const item = createPackage({
    ecosystem: 'npm',
    name,
    version,
    direct: undefined,
    dev: false,
    location: { path: input.path, startLine: offset === -1 ? 1 : lines.lineOf(offset) },
    licenses: licenceOf(manifest),
  });
  return { packages: [item], errors: [], notices: [] };
}

/** A literal string as a regular-expression source. */
function escapeForPattern(text: string): string {
  // Every character that has a meaning in a pattern gets a backslash.
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
