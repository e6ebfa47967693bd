import { isMap, isScalar, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import { semverScheme } from '../../../../vulndb/versioning/semver.ts';
import { createPackage, failedParse } from '../../create-package.ts';
import { linkDependencies, walkDependencyGraph } from '../../dependency-graph.ts';
import type { InventoryPackage, LockfileInput, LockfileParser, LockfileParseResult } from '../../inventory-package.ts';
import { isRecord, stringOf } from '../../json-document.ts';
import { findExcessiveNesting } from './yaml-nesting.ts';

/** pnpm-lock.yaml v5 (`/name/1.0.0`), v6 (`/name@1.0.0`) and v9 (`name@1.0.0` plus `snapshots`). */
export const pnpmLockParser = {
  id: 'pnpm-lock',
  ecosystem: 'npm',
  claims: (path) => /(?:^|\/)pnpm-lock\.yaml$/.test(path) && !path.includes('node_modules/'),
  parse,
} as const satisfies LockfileParser;

const dependencyFields = ['dependencies', 'optionalDependencies', 'devDependencies'] as const;

/** Far above what pnpm writes, far below what exhausts the parser's stack. */
const maxNestingDepth = 64;

function parse(input: LockfileInput): LockfileParseResult {
  const deepLine = findExcessiveNesting(input.text, maxNestingDepth);
  if (deepLine !== undefined) return failedParse(input.path, deepLine, `refused: nested deeper than ${maxNestingDepth} levels`);
  const lineCounter = new LineCounter();
  const document = parseDocument(input.text, { lineCounter });
  const firstError = document.errors[0];
  if (firstError) return failedParse(input.path, firstError.linePos?.[0].line ?? 1, `invalid YAML: ${firstError.message.split('\n')[0]}`);
  let lock: unknown;
  try {
    // pnpm never writes anchors or aliases; refusing every alias stops "billion laughs" expansion outright.
    lock = document.toJS({ maxAliasCount: 0 });
  } catch (cause) {
    return failedParse(input.path, 1, `refused: ${(cause as Error).message}`);
  }
  if (!isRecord(lock) || !isRecord(lock.packages)) return isRecord(lock) && lock.lockfileVersion !== undefined ? { packages: [], errors: [], notices: [] } : failedParse(input.path, 1, 'no "packages" map: not a pnpm lockfile');
  const packagesNode = document.get('packages', true);
  const keyLines = new Map<string, number>();
  if (isMap(packagesNode)) {
    for (const pair of (packagesNode as YAMLMap).items) {
      if (isScalar(pair.key) && pair.key.range) keyLines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line);
    }
  }
  const importers = importerMaps(lock);
  const graphSource = isRecord(lock.snapshots) ? lock.snapshots : lock.packages;
  const edges = new Map<string, string[]>();
  for (const [key, entry] of Object.entries(graphSource)) {
    if (!isRecord(entry)) continue;
    const targets = ['dependencies', 'optionalDependencies'].flatMap((field) => (isRecord(entry[field]) ? Object.entries(entry[field]).map(([name, version]) => nodeId(name, String(version))) : []));
    const id = canonicalId(key);
    edges.set(id, [...(edges.get(id) ?? []), ...targets]);
  }
  const roots = { production: new Set<string>(), development: new Set<string>() };
  for (const importer of importers) {
    for (const field of dependencyFields) {
      if (!isRecord(importer[field])) continue;
      for (const [name, spec] of Object.entries(importer[field])) {
        const version = isRecord(spec) ? String(spec.version) : String(spec);
        (field === 'devDependencies' ? roots.development : roots.production).add(nodeId(name, version));
      }
    }
  }
  const graph = walkDependencyGraph(roots, (id) => edges.get(id) ?? [], (id) => splitKey(id).name);
  const direct = new Set([...roots.production, ...roots.development]);
  const packages: InventoryPackage[] = [];
  const packagesById = new Map<string, InventoryPackage>();
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (!isRecord(entry)) continue;
    const id = canonicalId(key);
    const fromKey = splitKey(id);
    const name = stringOf(entry.name) ?? fromKey.name;
    const version = stringOf(entry.version) ?? fromKey.version;
    const isRegistryVersion = semverScheme.isValid(version);
    // Registry packages resolve to an integrity hash alone; tarballs, git repos and directories name their source.
    const source = resolutionText(entry);
    const verdict = graph.get(id);
    const item = createPackage({
        ecosystem: 'npm',
        name,
        version: isRegistryVersion ? version : undefined,
        unresolved: source !== undefined || !isRegistryVersion ? { reason: 'url', detail: source ?? version } : undefined,
        direct: direct.has(id),
        dev: typeof entry.dev === 'boolean' ? entry.dev : verdict?.dev,
        location: { path: input.path, startLine: keyLines.get(key) ?? 1, startColumn: 3 },
        dependencyPath: verdict?.dependencyPath,
      });
    packages.push(item);
    packagesById.set(id, item);
  }
  linkDependencies(packagesById, (id) => edges.get(id) ?? []);
  return { packages, errors: [], notices: [] };
}

/** Workspaces list their dependencies under `importers`; a single project (v5, v6) keeps them at the top. */
function importerMaps(lock: Record<string, unknown>): Record<string, unknown>[] {
  if (isRecord(lock.importers)) return Object.values(lock.importers).filter(isRecord);
  return [lock];
}

/** The same package is `/a/1.0.0`, `/a@1.0.0` or `a@1.0.0(peer@1)` depending on the version; ids use `a@1.0.0`. */
function canonicalId(key: string): string {
  const { name, version } = splitKey(stripPeers(key.replace(/^\//, '')));
  return `${name}@${version}`;
}

/** Graph node id `name@version`: a dependency's version may also be a full key (aliases, v5 `/x/1.0.0`). */
function nodeId(name: string, version: string): string {
  const plain = stripPeers(version).split('_')[0]!;
  if (plain.startsWith('/')) return canonicalId(plain);
  // An alias points at another package: `real@1.0.0`.
  if (plain.indexOf('@', 1) !== -1 && !plain.startsWith('link:') && !plain.startsWith('file:')) return plain;
  return `${name}@${plain}`;
}

/** v6+ keys put peer resolutions in parentheses, v5 after `_`. */
function stripPeers(key: string): string {
  // Everything from the first `(` on is the peer suffix: `react-dom@18.2.0(react@18.2.0)`.
  const paren = key.indexOf('(');
  return paren === -1 ? key : key.slice(0, paren);
}

/** v5 keys: an optional `@scope/`, the name, `/`, then a version starting with a digit and an optional `_peers` suffix. */
const v5Key = /^((?:@[^/]+\/)?[^/@]+)\/(\d[^/_]*)(?:_.*)?$/;

function splitKey(id: string): { name: string; version: string } {
  const v5 = v5Key.exec(id);
  if (v5) return { name: v5[1]!, version: v5[2]! };
  const at = id.lastIndexOf('@');
  return at > 0 ? { name: id.slice(0, at), version: id.slice(at + 1) } : { name: id, version: '' };
}

function resolutionText(entry: Record<string, unknown>): string | undefined {
  const resolution = entry.resolution;
  if (!isRecord(resolution)) return undefined;
  return stringOf(resolution.tarball) ?? stringOf(resolution.repo) ?? stringOf(resolution.directory);
}
