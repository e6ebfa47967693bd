import { composerEntryFields, readComposerManifest } from '../../composer-entry.ts';
import { createPackage, failedParse } from '../../create-package.ts';
import { linkDependencies, walkDependencyGraph } from '../../dependency-graph.ts';
import type { InventoryPackage, LockfileInput, LockfileParser, LockfileParseResult } from '../../inventory-package.ts';
import { isRecord, parseJsonDocument, stringOf } from '../../json-document.ts';
import { createLineIndex } from '../../line-index.ts';
import { posix } from 'node:path';

/** composer.lock: `packages` (production) and `packages-dev`; composer.json beside it names the direct ones. */
export const composerLockParser = {
  id: 'composer-lock',
  ecosystem: 'Packagist',
  claims: (path) => /(?:^|\/)composer\.lock$/.test(path) && !path.includes('vendor/'),
  parse,
} as const satisfies LockfileParser;

function parse(input: LockfileInput): LockfileParseResult {
  const parsed = parseJsonDocument(input.path, input.text);
  if (!parsed.ok) return { packages: [], errors: [parsed.error], notices: [] };
  const lock = parsed.value;
  if (!isRecord(lock) || !Array.isArray(lock.packages)) return failedParse(input.path, 1, 'no "packages" array: not a composer.lock');
  const sections = [
    { entries: lock.packages.filter(isRecord), dev: false },
    { entries: Array.isArray(lock['packages-dev']) ? lock['packages-dev'].filter(isRecord) : [], dev: true },
  ];
  const manifest = readComposerManifest(input, siblingPath(input.path, 'composer.json'));
  const requires = new Map<string, string[]>();
  for (const { entries } of sections) for (const entry of entries) requires.set(String(entry.name).toLowerCase(), isRecord(entry.require) ? Object.keys(entry.require).map((name) => name.toLowerCase()) : []);
  const graph = manifest ? walkDependencyGraph(manifest, (name) => requires.get(name) ?? [], (name) => name) : undefined;
  const lineIndex = createLineIndex(input.text);
  let searchFrom = 0;
  const packages: InventoryPackage[] = [];
  const packagesByName = new Map<string, InventoryPackage>();
  for (const { entries, dev } of sections) {
    for (const entry of entries) {
      const name = stringOf(entry.name);
      if (!name) continue;
      // Composer writes each package's "name" first; finding them in order gives each its line.
      const offset = input.text.indexOf(`"name": ${JSON.stringify(name)}`, searchFrom);
      if (offset !== -1) searchFrom = offset + 1;
      const lowerName = name.toLowerCase();
      const fields = composerEntryFields(entry);
      packages.push(
        createPackage({
          ecosystem: 'Packagist',
          name: lowerName,
          version: fields.version,
          unresolved: fields.unresolved,
          direct: manifest ? manifest.production.has(lowerName) || manifest.development.has(lowerName) : undefined,
          dev,
          location: { path: input.path, startLine: offset === -1 ? 1 : lineIndex.lineOf(offset), ...(offset === -1 ? {} : { startColumn: lineIndex.columnOf(offset) }) },
          dependencyPath: graph?.get(lowerName)?.dependencyPath,
          licenses: fields.licenses,
        }),
      );
      packagesByName.set(lowerName, packages[packages.length - 1]!);
    }
  }
  linkDependencies(packagesByName, (name) => requires.get(name) ?? []);
  return { packages, errors: [], notices: [] };
}

/** A file in the same directory as `path`. */
function siblingPath(path: string, fileName: string): string {
  const directory = posix.dirname(path);
  return directory === '.' ? fileName : `${directory}/${fileName}`;
}
