import { semverScheme } from '../../../../vulndb/versioning/semver.ts';
import { createPackage, failedParse } from '../../create-package.ts';
import { linkDependencies, walkDependencyGraph } from '../../dependency-graph.ts';
import type { InventoryPackage, LockfileInput, LockfileParser, LockfileParseResult } from '../../inventory-package.ts';
import { isRecord, jsonKeyId, locateJsonKeys, parseJsonDocument } from '../../json-document.ts';

/**
 * bun.lock (text lockfile, bun 1.2+): JSONC with trailing commas. `packages` maps install paths
 * (`lodash`, `parent/child` for a nested copy) to `["name@version", registry, info, integrity]`.
 */
export const bunLockParser = {
  id: 'bun-lock',
  ecosystem: 'npm',
  claims: (path) => /(?:^|\/)bun\.lock$/.test(path) && !path.includes('node_modules/'),
  parse,
} as const satisfies LockfileParser;

function parse(input: LockfileInput): LockfileParseResult {
  const parsed = parseJsonDocument(input.path, input.text, { jsonc: true });
  if (!parsed.ok) return { packages: [], errors: [parsed.error], notices: [] };
  const lock = parsed.value;
  if (!isRecord(lock) || !isRecord(lock.packages)) return failedParse(input.path, 1, 'no "packages" object: not a bun.lock');
  const entries = lock.packages;
  const lines = locateJsonKeys(input.text, (parent) => parent.length === 1 && parent[0] === 'packages');
  const roots = { production: new Set<string>(), development: new Set<string>() };
  for (const workspace of Object.values(isRecord(lock.workspaces) ? lock.workspaces : {})) {
    if (!isRecord(workspace)) continue;
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'devDependencies']) {
      if (!isRecord(workspace[field])) continue;
      for (const name of Object.keys(workspace[field])) if (name in entries) (field === 'devDependencies' ? roots.development : roots.production).add(name);
    }
  }
  const edges = (key: string): string[] => {
    const info = Array.isArray(entries[key]) ? entries[key][2] : undefined;
    if (!isRecord(info)) return [];
    const names = ['dependencies', 'optionalDependencies', 'peerDependencies'].flatMap((field) => (isRecord(info[field]) ? Object.keys(info[field]) : []));
    // A nested copy (`parent/child`) shadows the hoisted one, as in node_modules.
    return names.map((name) => (`${key}/${name}` in entries ? `${key}/${name}` : name)).filter((found) => found in entries);
  };
  const graph = walkDependencyGraph(roots, edges, (key) => nameOf(entries[key]) ?? key);
  const packages: InventoryPackage[] = [];
  const packagesByKey = new Map<string, InventoryPackage>();
  for (const [key, value] of Object.entries(entries)) {
    if (!Array.isArray(value) || typeof value[0] !== 'string') continue;
    const descriptor = value[0];
    const at = descriptor.indexOf('@', 1);
    const name = descriptor.slice(0, at);
    const version = descriptor.slice(at + 1);
    // Workspace packages are the project itself.
    if (version.startsWith('workspace:')) continue;
    const isRegistryVersion = semverScheme.isValid(version);
    const position = lines.get(jsonKeyId(['packages', key]));
    const verdict = graph.get(key);
    packages.push(
      createPackage({
        ecosystem: 'npm',
        name,
        version: isRegistryVersion ? version : undefined,
        unresolved: isRegistryVersion ? undefined : { reason: 'url', detail: version },
        direct: roots.production.has(key) || roots.development.has(key),
        dev: verdict?.dev,
        location: { path: input.path, startLine: position?.line ?? 1, ...(position ? { startColumn: position.column } : {}) },
        dependencyPath: verdict?.dependencyPath,
      }),
    );
    packagesByKey.set(key, packages[packages.length - 1]!);
  }
  linkDependencies(packagesByKey, edges);
  return { packages, errors: [], notices: [] };
}

function nameOf(value: unknown): string | undefined {
  if (!Array.isArray(value) || typeof value[0] !== 'string') return undefined;
  return value[0].slice(0, value[0].indexOf('@', 1));
}
