import { composerEntryFields, readComposerManifest } from '../../composer-entry.ts';
import { createPackage, failedParse } from '../../create-package.ts';
import { linkDependencies, walkDependencyGraph } from '../../dependency-graph.ts';
import type { InventoryPackage, LockfileInput, LockfileParser, LockfileParseResult } from '../../inventory-package.ts';
import { isRecord, parseJsonDocument, stringOf } from '../../json-document.ts';
import { createLineIndex } from '../../line-index.ts';

/** The record Composer keeps of what it installed into a vendor directory. */
const installedRecord = /(?:^|\/)vendor\/composer\/installed\.json$/;

/**
 * Installed PHP packages: `vendor/composer/installed.json`. Composer 1 writes a JSON array of
 * package entries; Composer 2 writes `{ packages: [...], dev, dev-package-names }`, which also
 * says which packages were installed only for development.
 */
export const composerInstalledParser = {
  id: 'composer-installed',
  ecosystem: 'Packagist',
  claims: (path) => installedRecord.test(path),
  parse,
} as const satisfies LockfileParser;

interface InstalledDocument {
  entries: Record<string, unknown>[];
  /** Lower-cased names of development-only packages; undefined when the file does not say (Composer 1). */
  devNames: Set<string> | undefined;
}

function readDocument(value: unknown): InstalledDocument | undefined {
  if (Array.isArray(value)) return { entries: value.filter(isRecord), devNames: undefined };
  if (!isRecord(value) || !Array.isArray(value.packages)) return undefined;
  const devNames = Array.isArray(value['dev-package-names']) ? new Set(value['dev-package-names'].filter((name): name is string => typeof name === 'string').map((name) => name.toLowerCase())) : undefined;
  return { entries: value.packages.filter(isRecord), devNames };
}

function parse(input: LockfileInput): LockfileParseResult {
  const parsed = parseJsonDocument(input.path, input.text);
  if (!parsed.ok) return { packages: [], errors: [parsed.error], notices: [] };
  const document = readDocument(parsed.value);
  if (!document) return failedParse(input.path, 1, 'neither an array of packages (Composer 1) nor an object with a "packages" array (Composer 2): not an installed.json');
  // vendor/composer/installed.json sits two levels below the project's composer.json.
  const projectRoot = input.path.slice(0, input.path.length - 'vendor/composer/installed.json'.length);
  const manifest = readComposerManifest(input, `${projectRoot}composer.json`);
  const requires = new Map<string, string[]>();
  for (const entry of document.entries) requires.set(String(entry.name).toLowerCase(), isRecord(entry.require) ? Object.keys(entry.require).map((name) => name.toLowerCase()) : []);
  const graph = manifest ? walkDependencyGraph(manifest, (name) => requires.get(name) ?? [], (name) => name) : undefined;
  const lineIndex = createLineIndex(input.text);
  let searchFrom = 0;
  const packages: InventoryPackage[] = [];
  const packagesByName = new Map<string, InventoryPackage>();
  for (const entry of document.entries) {
    const name = stringOf(entry.name);
    if (!name) continue;
    // Each entry's "name" comes first in Composer's output; finding them in order gives each its line.
    const found = nextNameOffset(input.text, name, searchFrom);
    if (found !== -1) searchFrom = found + 1;
    const lowerName = name.toLowerCase();
    const fields = composerEntryFields(entry);
    const item = createPackage({
      ecosystem: 'Packagist',
      name: lowerName,
      version: fields.version,
      unresolved: fields.unresolved,
      direct: manifest ? manifest.production.has(lowerName) || manifest.development.has(lowerName) : undefined,
      dev: document.devNames ? document.devNames.has(lowerName) : graph?.get(lowerName)?.dev,
      location: { path: input.path, startLine: found === -1 ? 1 : lineIndex.lineOf(found), ...(found === -1 ? {} : { startColumn: lineIndex.columnOf(found) }) },
      dependencyPath: graph?.get(lowerName)?.dependencyPath,
      licenses: fields.licenses,
    });
    packages.push(item);
    packagesByName.set(lowerName, item);
  }
  linkDependencies(packagesByName, (name) => requires.get(name) ?? []);
  return { packages, errors: [], notices: [] };
}

/** The offset of the next `"name": "<name>"` member at or after `from`, whatever the spacing around the colon. */
function nextNameOffset(text: string, name: string, from: number): number {
  const pattern = new RegExp(`"name"\\s*:\\s*${escapeForPattern(JSON.stringify(name))}`, 'g');
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}

/** A literal string as a regular-expression source. */
function escapeForPattern(text: string): string {
  // Every character that has a meaning in a pattern gets a backslash.
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
