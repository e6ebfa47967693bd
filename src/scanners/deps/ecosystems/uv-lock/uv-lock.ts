import { createPackage } from '../../create-package.ts';
import { linkDependencies, walkDependencyGraph } from '../../dependency-graph.ts';
import type { InventoryPackage, LockfileInput, LockfileParser, LockfileParseResult } from '../../inventory-package.ts';
import { isRecord, stringOf } from '../../json-document.ts';
import { normalizePackageName } from '../../package-names.ts';
import { readPackageTables } from '../../toml-document.ts';

/** uv.lock: `[[package]]` tables; the project itself has an editable or virtual source and names the roots. */
export const uvLockParser = {
  id: 'uv-lock',
  ecosystem: 'PyPI',
  claims: (path) => /(?:^|\/)uv\.lock$/.test(path),
  parse,
} as const satisfies LockfileParser;

function parse(input: LockfileInput): LockfileParseResult {
  const tables = readPackageTables(input.path, input.text);
  if (!tables.ok) return { packages: [], errors: [tables.error], notices: [] };
  const { entries, lines } = tables;
  const nameOf = (entry: Record<string, unknown>): string => normalizePackageName('PyPI', stringOf(entry.name) ?? '');
  const edges = new Map<string, string[]>();
  const roots = { production: new Set<string>(), development: new Set<string>() };
  for (const entry of entries) {
    const name = nameOf(entry);
    edges.set(name, [...dependencyNames(entry.dependencies), ...optionalDependencyNames(entry['optional-dependencies'])]);
    if (!isWorkspaceMember(entry)) continue;
    for (const dependency of [...dependencyNames(entry.dependencies), ...optionalDependencyNames(entry['optional-dependencies'])]) roots.production.add(dependency);
    for (const dependency of optionalDependencyNames(entry['dev-dependencies'])) roots.development.add(dependency);
  }
  const graph = walkDependencyGraph(roots, (name) => edges.get(name) ?? [], (name) => name);
  const packages: InventoryPackage[] = [];
  const packagesByName = new Map<string, InventoryPackage>();
  entries.forEach((entry, index) => {
    if (isWorkspaceMember(entry)) return;
    const name = nameOf(entry);
    const source = isRecord(entry.source) ? entry.source : {};
    const nonRegistry = stringOf(source.git) ?? stringOf(source.url) ?? stringOf(source.path) ?? stringOf(source.directory);
    const verdict = graph.get(name);
    packages.push(
      createPackage({
        ecosystem: 'PyPI',
        name,
        version: stringOf(entry.version),
        unresolved: nonRegistry === undefined ? undefined : { reason: 'url', detail: nonRegistry },
        direct: roots.production.has(name) || roots.development.has(name),
        dev: verdict?.dev,
        location: { path: input.path, startLine: lines[index] ?? 1, startColumn: 1 },
        dependencyPath: verdict?.dependencyPath,
      }),
    );
    packagesByName.set(name, packages[packages.length - 1]!);
  });
  linkDependencies(packagesByName, (name) => edges.get(name) ?? []);
  return { packages, errors: [], notices: [] };
}

/** The project and its workspace members are installed from the tree itself. */
function isWorkspaceMember(entry: Record<string, unknown>): boolean {
  const source = entry.source;
  return isRecord(source) && (source.editable !== undefined || source.virtual !== undefined);
}

function dependencyNames(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).map((item) => normalizePackageName('PyPI', stringOf(item.name) ?? '')).filter(Boolean);
}

/** `optional-dependencies` and `dev-dependencies` are tables of group → dependency list. */
function optionalDependencyNames(groups: unknown): string[] {
  if (!isRecord(groups)) return [];
  return Object.values(groups).flatMap(dependencyNames);
}
