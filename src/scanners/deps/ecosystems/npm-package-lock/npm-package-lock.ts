import { semverScheme } from '../../../../vulndb/versioning/semver.ts';
import { createPackage, failedParse } from '../../create-package.ts';
import { linkDependencies, walkDependencyGraph } from '../../dependency-graph.ts';
import type { InventoryPackage, LockfileInput, LockfileParser, LockfileParseResult } from '../../inventory-package.ts';
import { isRecord, jsonKeyId, locateJsonKeys, parseJsonDocument, stringOf, type KeyPosition } from '../../json-document.ts';
import { readManifestDependencies } from '../../npm-manifest.ts';

/** package-lock.json and npm-shrinkwrap.json, lockfileVersion 1 (nested `dependencies`) and 2/3 (flat `packages`). */
export const npmPackageLockParser = {
  id: 'npm-package-lock',
  ecosystem: 'npm',
  claims: (path) => /(?:^|\/)(?:package-lock|npm-shrinkwrap)\.json$/.test(path) && !path.includes('node_modules/'),
  parse,
} as const satisfies LockfileParser;

function parse(input: LockfileInput): LockfileParseResult {
  const parsed = parseJsonDocument(input.path, input.text);
  if (!parsed.ok) return { packages: [], errors: [parsed.error], notices: [] };
  if (!isRecord(parsed.value)) return failedParse(input.path, 1, 'a package-lock must be a JSON object');
  const lock = parsed.value;
  if (isRecord(lock.packages)) return parsePackagesMap(input, lock.packages);
  if (isRecord(lock.dependencies)) return parseNestedDependencies(input, lock.dependencies);
  return failedParse(input.path, 1, 'no "packages" or "dependencies" object: not an npm lockfile');
}

const nodeModules = 'node_modules/';

/** v2 and v3: keys are install paths (`node_modules/a/node_modules/b`); `""` is the project itself. */
function parsePackagesMap(input: LockfileInput, entries: Record<string, unknown>): LockfileParseResult {
  const lines = locateJsonKeys(input.text, (parent) => parent.length === 1 && parent[0] === 'packages');
  const nameOf = (key: string): string => stringOf((entries[key] as Record<string, unknown>).name) ?? key.slice(key.lastIndexOf(nodeModules) + nodeModules.length);
  const directNames = new Set<string>();
  const productionRoots: string[] = [];
  const developmentRoots: string[] = [];
  for (const [key, entry] of Object.entries(entries)) {
    // The project and its workspaces are the keys outside node_modules.
    if (!isRecord(entry) || key.includes(nodeModules) || key.startsWith(nodeModules)) continue;
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'devDependencies'] as const) {
      const dependencies = entry[field];
      if (!isRecord(dependencies)) continue;
      for (const name of Object.keys(dependencies)) {
        directNames.add(name);
        const resolved = resolveInstallPath(entries, key, name);
        if (resolved) (field === 'devDependencies' ? developmentRoots : productionRoots).push(resolved);
      }
    }
  }
  const edges = (key: string): string[] => {
    const entry = entries[key];
    if (!isRecord(entry)) return [];
    const names = ['dependencies', 'optionalDependencies', 'peerDependencies'].flatMap((field) => (isRecord(entry[field]) ? Object.keys(entry[field]) : []));
    return names.map((name) => resolveInstallPath(entries, key, name)).filter((found): found is string => found !== undefined);
  };
  const graph = walkDependencyGraph({ production: productionRoots, development: developmentRoots }, edges, nameOf);
  const packages: InventoryPackage[] = [];
  const packagesByKey = new Map<string, InventoryPackage>();
  for (const [key, entry] of Object.entries(entries)) {
    if (!key.startsWith(nodeModules) && !key.includes(`/${nodeModules}`)) continue;
    if (!isRecord(entry) || entry.link === true) continue;
    const name = nameOf(key);
    // Aliases (`"x": "npm:lodash@4"`) are declared under the install name, not the package's own.
    const installName = key.slice(key.lastIndexOf(nodeModules) + nodeModules.length);
    const isTopLevel = key.lastIndexOf(nodeModules) === 0 || !key.slice(0, key.lastIndexOf(nodeModules)).includes(nodeModules);
    const item = npmPackage(input, name, entry, lines.get(jsonKeyId(['packages', key])), {
      direct: isTopLevel && directNames.has(installName),
      dependencyPath: graph.get(key)?.dependencyPath,
    });
    packages.push(item);
    packagesByKey.set(key, item);
  }
  linkDependencies(packagesByKey, edges);
  return { packages, errors: [], notices: [] };
}

/** Node's lookup: the package's own node_modules, then each ancestor's, up to the project root. */
function resolveInstallPath(entries: Record<string, unknown>, fromKey: string, name: string): string | undefined {
  let base = fromKey;
  for (;;) {
    const candidate = `${base === '' ? '' : `${base}/`}${nodeModules}${name}`;
    if (candidate in entries) return candidate;
    if (base === '') return undefined;
    const cut = base.lastIndexOf(`/${nodeModules}`);
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

/** v1: `dependencies` nest like node_modules; each level may hold a `dependencies` object of its own. */
function parseNestedDependencies(input: LockfileInput, top: Record<string, unknown>): LockfileParseResult {
  const lines = locateJsonKeys(input.text, (parent) => parent.length % 2 === 1 && parent.every((segment, index) => index % 2 === 1 || segment === 'dependencies'));
  const manifest = readManifestDependencies(input);
  // Node ids are key paths (`dependencies\0a\0dependencies\0b`); a level's children resolve names before its ancestors do.
  const nodes = new Map<string, { name: string; entry: Record<string, unknown>; levelId: string }>();
  const collect = (level: Record<string, unknown>, levelPath: string[]): void => {
    for (const [name, entry] of Object.entries(level)) {
      if (!isRecord(entry)) continue;
      const keyPath = [...levelPath, name];
      nodes.set(jsonKeyId(keyPath), { name, entry, levelId: jsonKeyId(levelPath) });
      if (isRecord(entry.dependencies)) collect(entry.dependencies, [...keyPath, 'dependencies']);
    }
  };
  collect(top, ['dependencies']);
  const resolveFrom = (levelPath: string[], name: string): string | undefined => {
    for (let path = levelPath; path.length >= 1; path = path.slice(0, -2)) {
      const id = jsonKeyId([...path, name]);
      if (nodes.has(id)) return id;
    }
    return undefined;
  };
  const edges = (id: string): string[] => {
    const node = nodes.get(id)!;
    const requires = isRecord(node.entry.requires) ? Object.keys(node.entry.requires) : [];
    const ownLevel = [...id.split('\u0000'), 'dependencies'];
    return requires.map((name) => resolveFrom(ownLevel, name)).filter((found): found is string => found !== undefined);
  };
  const rootsOf = (names: Iterable<string>): string[] => [...names].map((name) => resolveFrom(['dependencies'], name)).filter((found): found is string => found !== undefined);
  const graph = manifest ? walkDependencyGraph({ production: rootsOf(manifest.production.keys()), development: rootsOf(manifest.development.keys()) }, edges, (id) => nodes.get(id)!.name) : undefined;
  const packages: InventoryPackage[] = [];
  const packagesById = new Map<string, InventoryPackage>();
  for (const [id, node] of nodes) {
    const isTopLevel = node.levelId === 'dependencies';
    const item = npmPackage(input, node.name, node.entry, lines.get(id), {
      direct: !isTopLevel ? false : manifest ? manifest.all.has(node.name) : undefined,
      dependencyPath: graph?.get(id)?.dependencyPath,
    });
    packages.push(item);
    packagesById.set(id, item);
  }
  linkDependencies(packagesById, edges);
  return { packages, errors: [], notices: [] };
}

function npmPackage(input: LockfileInput, name: string, entry: Record<string, unknown>, position: KeyPosition | undefined, graph: { direct: boolean | undefined; dependencyPath: string[] | undefined }): InventoryPackage {
  const rawVersion = stringOf(entry.version);
  const isRegistryVersion = rawVersion !== undefined && semverScheme.isValid(rawVersion);
  // Git, tarball and file: dependencies put their source where the version goes (v1) or in resolved (v2+).
  const source = stringOf(entry.resolved);
  const isNonRegistrySource = source !== undefined && /^(?:git\+|git:|github:|file:|link:)/.test(source);
  return createPackage({
    ecosystem: 'npm',
    name,
    version: isRegistryVersion ? rawVersion : undefined,
    unresolved: !isRegistryVersion
      ? rawVersion === undefined
        ? { reason: 'unpinned', detail: 'the lockfile entry has no version' }
        : { reason: 'url', detail: rawVersion }
      : isNonRegistrySource
        ? { reason: 'url', detail: source }
        : undefined,
    direct: graph.direct,
    dev: entry.dev === true,
    location: { path: input.path, startLine: position?.line ?? 1, ...(position ? { startColumn: position.column } : {}) },
    dependencyPath: graph.dependencyPath,
    licenses: licensesOf(entry.license),
  });
}

/** npm v2+ copies package.json's `license` (a string; very old packages used an array of objects, not read). */
function licensesOf(value: unknown): string[] | undefined {
  return typeof value === 'string' && value.trim() !== '' ? [value.trim()] : undefined;
}
