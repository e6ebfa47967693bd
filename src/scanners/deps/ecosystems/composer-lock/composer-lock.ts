import { createPackage, failedParse } from '../../create-package.ts';
import { linkDependencies, walkDependencyGraph } from '../../dependency-graph.ts';
import type { InventoryPackage, LockfileInput, LockfileParser, LockfileParseResult } from '../../inventory-package.ts';
import { isRecord, parseJsonDocument, stringOf } from '../../json-document.ts';
import { createLineIndex } from '../../line-index.ts';
import { readSiblingFile } from '../../sibling-file.ts';

/** composer.lock: `packages` (production) and `packages-dev`; composer.json beside it names the direct ones. */
export const composerLockParser = {
  id: 'composer-lock',
  ecosystem: 'Packagist',
  claims: (path) => /(?:^|\/)composer\.lock$/.test(path) && !path.includes('vendor/'),
  parse,
} as const satisfies LockfileParser;

/** Composer's platform requirements (`php`, `ext-json`, `lib-curl`, `composer-plugin-api`) are not packages. */
const platformPackage = /^(?:php(?:-64bit|-ipv6|-zts|-debug)?|hhvm|composer(?:-plugin|-runtime)?-api|composer|(?:ext|lib)-.+)$/;

function parse(input: LockfileInput): LockfileParseResult {
  const parsed = parseJsonDocument(input.path, input.text);
  if (!parsed.ok) return { packages: [], errors: [parsed.error], notices: [] };
  const lock = parsed.value;
  if (!isRecord(lock) || !Array.isArray(lock.packages)) return failedParse(input.path, 1, 'no "packages" array: not a composer.lock');
  const sections = [
    { entries: lock.packages.filter(isRecord), dev: false },
    { entries: Array.isArray(lock['packages-dev']) ? lock['packages-dev'].filter(isRecord) : [], dev: true },
  ];
  const manifest = readComposerManifest(input);
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
      const source = isRecord(entry.dist) ? stringOf(entry.dist.type) : undefined;
      const version = stringOf(entry.version);
      const isBranch = version !== undefined && (version.startsWith('dev-') || version.endsWith('-dev'));
      packages.push(
        createPackage({
          ecosystem: 'Packagist',
          name: lowerName,
          version: isBranch ? undefined : version,
          unresolved: isBranch ? { reason: 'url', detail: `branch ${version}` } : source === 'path' ? { reason: 'url', detail: 'path repository' } : undefined,
          direct: manifest ? manifest.production.has(lowerName) || manifest.development.has(lowerName) : undefined,
          dev,
          location: { path: input.path, startLine: offset === -1 ? 1 : lineIndex.lineOf(offset), ...(offset === -1 ? {} : { startColumn: lineIndex.columnOf(offset) }) },
          dependencyPath: graph?.get(lowerName)?.dependencyPath,
          // Composer records licences as an array of SPDX identifiers; several mean a choice among them.
          licenses: Array.isArray(entry.license) ? entry.license.filter((license): license is string => typeof license === 'string' && license !== '') : undefined,
        }),
      );
      packagesByName.set(lowerName, packages[packages.length - 1]!);
    }
  }
  linkDependencies(packagesByName, (name) => requires.get(name) ?? []);
  return { packages, errors: [], notices: [] };
}

function readComposerManifest(input: LockfileInput): { production: Set<string>; development: Set<string> } | undefined {
  const text = readSiblingFile(input, 'composer.json');
  if (text === undefined) return undefined;
  const parsed = parseJsonDocument('composer.json', text);
  if (!parsed.ok || !isRecord(parsed.value)) return undefined;
  const manifest = parsed.value;
  const namesOf = (field: string): string[] => (isRecord(manifest[field]) ? Object.keys(manifest[field]).map((name) => name.toLowerCase()).filter((name) => !platformPackage.test(name)) : []);
  return { production: new Set(namesOf('require')), development: new Set(namesOf('require-dev')) };
}
