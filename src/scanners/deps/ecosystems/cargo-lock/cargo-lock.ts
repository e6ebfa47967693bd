import { createPackage } from '../../create-package.ts';
import { linkDependencies, walkDependencyGraph } from '../../dependency-graph.ts';
import type { InventoryPackage, LockfileInput, LockfileParser, LockfileParseResult } from '../../inventory-package.ts';
import { stringOf } from '../../json-document.ts';
import { readPackageTables } from '../../toml-document.ts';

/** Cargo.lock (v1 to v4): `[[package]]` tables; workspace members have no `source`. */
export const cargoLockParser = {
  id: 'cargo-lock',
  ecosystem: 'crates.io',
  claims: (path) => /(?:^|\/)Cargo\.lock$/.test(path),
  parse,
} as const satisfies LockfileParser;

function parse(input: LockfileInput): LockfileParseResult {
  const tables = readPackageTables(input.path, input.text);
  if (!tables.ok) return { packages: [], errors: [tables.error], notices: [] };
  const { entries, lines } = tables;
  const idOf = (entry: Record<string, unknown>): string => `${stringOf(entry.name)} ${stringOf(entry.version)}`;
  const versionsByName = new Map<string, string[]>();
  for (const entry of entries) versionsByName.set(String(entry.name), [...(versionsByName.get(String(entry.name)) ?? []), String(entry.version)]);
  // A dependency is `name`, or `name version` when several versions are locked, plus ` (source)` when ambiguous.
  const resolve = (reference: string): string | undefined => {
    const [name, version] = reference.split(' ');
    const locked = version ?? versionsByName.get(name!)?.[0];
    return locked === undefined ? undefined : `${name} ${locked}`;
  };
  const edges = new Map<string, string[]>();
  for (const entry of entries) edges.set(idOf(entry), (Array.isArray(entry.dependencies) ? entry.dependencies : []).map((item) => resolve(String(item))).filter((id): id is string => id !== undefined));
  const members = entries.filter((entry) => entry.source === undefined);
  const direct = new Set(members.flatMap((member) => edges.get(idOf(member)) ?? []));
  const graph = walkDependencyGraph({ production: direct, development: [] }, (id) => edges.get(id) ?? [], (id) => id.split(' ')[0]!);
  const packages: InventoryPackage[] = [];
  const packagesById = new Map<string, InventoryPackage>();
  entries.forEach((entry, index) => {
    const source = stringOf(entry.source);
    if (source === undefined) return;
    const id = idOf(entry);
    const item = createPackage({
        ecosystem: 'crates.io',
        name: String(entry.name),
        version: stringOf(entry.version),
        unresolved: source.startsWith('registry+') || source.startsWith('sparse+') ? undefined : { reason: 'url', detail: source },
        direct: direct.has(id),
        // Cargo.lock does not separate dev-dependencies from the others.
        dev: undefined,
        location: { path: input.path, startLine: lines[index] ?? 1, startColumn: 1 },
        dependencyPath: graph.get(id)?.dependencyPath,
      });
    packages.push(item);
    packagesById.set(id, item);
  });
  linkDependencies(packagesById, (id) => edges.get(id) ?? []);
  return { packages, errors: [], notices: [] };
}
