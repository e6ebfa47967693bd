import { createPackage } from '../../create-package.ts';
import { linkDependencies, walkDependencyGraph } from '../../dependency-graph.ts';
import type { InventoryPackage, LockfileInput, LockfileParser, LockfileParseResult } from '../../inventory-package.ts';
import { isRecord, stringOf } from '../../json-document.ts';
import { normalizePackageName } from '../../package-names.ts';
import { readPyprojectDependencies } from '../../pyproject-dependencies.ts';
import { readPackageTables } from '../../toml-document.ts';

/** poetry.lock (1.x and 2.x): `[[package]]` tables; old files mark dev packages with `category = "dev"`. */
export const poetryLockParser = {
  id: 'poetry-lock',
  ecosystem: 'PyPI',
  claims: (path) => /(?:^|\/)poetry\.lock$/.test(path),
  parse,
} as const satisfies LockfileParser;

function parse(input: LockfileInput): LockfileParseResult {
  const tables = readPackageTables(input.path, input.text);
  if (!tables.ok) return { packages: [], errors: [tables.error], notices: [] };
  const { entries, lines } = tables;
  const names = entries.map((entry) => normalizePackageName('PyPI', stringOf(entry.name) ?? ''));
  const declared = readPyprojectDependencies(input);
  const edges = new Map<string, string[]>();
  entries.forEach((entry, index) => edges.set(names[index]!, isRecord(entry.dependencies) ? Object.keys(entry.dependencies).map((name) => normalizePackageName('PyPI', name)) : []));
  const graph = declared ? walkDependencyGraph(declared, (name) => edges.get(name) ?? [], (name) => name) : undefined;
  const packages: InventoryPackage[] = entries.map((entry, index) => {
    const name = names[index]!;
    const source = isRecord(entry.source) ? entry.source : undefined;
    const sourceType = stringOf(source?.type);
    const isRegistry = sourceType === undefined || sourceType === 'legacy';
    const verdict = graph?.get(name);
    const category = stringOf(entry.category);
    return createPackage({
      ecosystem: 'PyPI',
      name,
      version: stringOf(entry.version),
      unresolved: isRegistry ? undefined : { reason: 'url', detail: `${sourceType} ${stringOf(source?.url) ?? ''}`.trim() },
      direct: declared ? declared.production.has(name) || declared.development.has(name) : undefined,
      dev: category !== undefined ? category === 'dev' : verdict?.dev,
      location: { path: input.path, startLine: lines[index] ?? 1, startColumn: 1 },
      dependencyPath: verdict?.dependencyPath,
    });
  });
  linkDependencies(new Map(packages.map((item, index) => [names[index]!, item])), (name) => edges.get(name) ?? []);
  return { packages, errors: [], notices: [] };
}
