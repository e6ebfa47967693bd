import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Ecosystem, InventoryPackage } from '../core/package-inventory.ts';

/** What both SBOM writers need to know about the scanned project and the run. */
export interface SbomInput {
  packages: readonly InventoryPackage[];
  /**
   * What the SBOM describes: the scanned directory's name, or for a container image its reference
   * with the image config digest as version (the digest names the image whatever its tag).
   */
  project: { name: string; version?: string; kind?: 'application' | 'container' };
  tool: { name: 'rampart'; version: string };
  /** Creation time; injected so the same input gives the same bytes. */
  timestamp: Date;
}

/** One package as the SBOM lists it: the inventory entries of the same package, merged across lockfiles. */
export interface SbomComponent {
  /** Unique and stable: the purl, or ecosystem and name when no purl exists. Used for bom-refs and SPDX ids. */
  key: string;
  ecosystem: Ecosystem;
  name: string;
  version: string | undefined;
  purl: string | undefined;
  /** required: some lockfile needs it in production; optional: every lockfile says dev only; undefined: unknown. */
  scope: 'required' | 'optional' | undefined;
  licenses: string[];
  /** Repo-relative lockfiles that declare it, sorted. */
  lockfiles: string[];
}

export interface SbomModel {
  components: SbomComponent[];
  /** Keys of the project's direct dependencies, sorted. */
  rootDependsOn: string[];
  /** Component key → keys it depends on (sorted); only edges the lockfiles show. */
  dependsOn: Map<string, string[]>;
}

/** Merges inventory entries into components and derives the dependency edges their lockfiles recorded. */
export function buildSbomModel(packages: readonly InventoryPackage[]): SbomModel {
  const byKey = new Map<string, { item: InventoryPackage; devFlags: (boolean | undefined)[]; licenses: Set<string>; lockfiles: Set<string> }>();
  for (const item of packages) {
    const key = componentKey(item);
    const entry = byKey.get(key) ?? { item, devFlags: [], licenses: new Set<string>(), lockfiles: new Set<string>() };
    entry.devFlags.push(item.dev);
    for (const license of item.licenses ?? []) entry.licenses.add(license);
    entry.lockfiles.add(item.location.path);
    byKey.set(key, entry);
  }
  const components = [...byKey.entries()]
    .map(([key, entry]): SbomComponent => ({
      key,
      ecosystem: entry.item.ecosystem,
      name: entry.item.name,
      version: entry.item.version,
      purl: entry.item.purl,
      scope: mergeScope(entry.devFlags),
      licenses: [...entry.licenses].sort(compareText),
      lockfiles: [...entry.lockfiles].sort(compareText),
    }))
    .sort((left, right) => compareText(left.key, right.key));
  const { rootDependsOn, dependsOn } = deriveEdges(packages);
  return { components, rootDependsOn, dependsOn };
}

export function componentKey(item: InventoryPackage): string {
  return item.purl ?? `${item.ecosystem}/${item.name}${item.version === undefined ? '' : `@${item.version}`}`;
}

function mergeScope(devFlags: readonly (boolean | undefined)[]): SbomComponent['scope'] {
  if (devFlags.some((dev) => dev === false)) return 'required';
  if (devFlags.every((dev) => dev === true)) return 'optional';
  return undefined;
}

/**
 * Each package's `dependsOn` (every edge its lockfile records, resolved by name and version) gives
 * the component edges. Consecutive pairs of the shortest chain from a direct dependency are edges
 * too and cover parsers that record only the chain; a name there is resolved to a component only
 * when it is unique within its lockfile (two versions of one name could be either end), so no
 * edge is ever a guess.
 */
function deriveEdges(packages: readonly InventoryPackage[]): { rootDependsOn: string[]; dependsOn: Map<string, string[]> } {
  const keysByLockfileAndName = new Map<string, Set<string>>();
  const keyByLockfileNameAndVersion = new Map<string, string>();
  for (const item of packages) {
    const slot = `${item.location.path}\u0000${item.name}`;
    const keys = keysByLockfileAndName.get(slot) ?? new Set<string>();
    keys.add(componentKey(item));
    keysByLockfileAndName.set(slot, keys);
    keyByLockfileNameAndVersion.set(`${slot}\u0000${item.version ?? ''}`, componentKey(item));
  }
  const resolve = (lockfile: string, name: string): string | undefined => {
    const keys = keysByLockfileAndName.get(`${lockfile}\u0000${name}`);
    return keys?.size === 1 ? [...keys][0] : undefined;
  };
  const root = new Set<string>();
  const edges = new Map<string, Set<string>>();
  const addEdge = (from: string, to: string): void => {
    if (from === to) return;
    const targets = edges.get(from) ?? new Set<string>();
    targets.add(to);
    edges.set(from, targets);
  };
  for (const item of packages) {
    const key = componentKey(item);
    if (item.direct === true) root.add(key);
    const chain = item.dependencyPath ?? [];
    // The chain ends at the package itself, whose key is known even when its name is not unique.
    const keys = chain.map((name, index) => (index === chain.length - 1 ? key : resolve(item.location.path, name)));
    if (keys[0] !== undefined && chain.length > 0) root.add(keys[0]);
    for (let index = 0; index + 1 < keys.length; index++) {
      const from = keys[index];
      const to = keys[index + 1];
      if (from !== undefined && to !== undefined) addEdge(from, to);
    }
    for (const target of item.dependsOn ?? []) {
      const to = keyByLockfileNameAndVersion.get(`${item.location.path}\u0000${target.name}\u0000${target.version ?? ''}`);
      if (to !== undefined) addEdge(key, to);
    }
  }
  const dependsOn = new Map<string, string[]>();
  for (const [from, targets] of edges) dependsOn.set(from, [...targets].sort(compareText));
  return { rootDependsOn: [...root].sort(compareText), dependsOn };
}

/** Code-unit order, not locale order, so output bytes never depend on the machine's locale. */
export function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** A name-based (version 5) UUID, so a document's identifier is a function of its content. */
export function uuidFromText(text: string): string {
  // The RFC 4122 URL namespace; any fixed namespace works as long as it never changes.
  const namespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const hash = createHash('sha1').update(namespace).update(text).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Everything that identifies an SBOM's content, hashed into its serial number / namespace. */
export function contentIdentity(input: SbomInput, model: SbomModel): string {
  return JSON.stringify([input.project.name, ...(input.project.version === undefined ? [] : [input.project.version]), model.components.map((component) => [component.key, component.scope, component.licenses, component.lockfiles]), model.rootDependsOn, [...model.dependsOn]]);
}

/** spdx-expression-parse ships no types; it throws on anything that is not a valid SPDX expression. */
export const validateSpdxExpression = createRequire(import.meta.url)('spdx-expression-parse') as (expression: string) => unknown;

export function isSpdxExpression(text: string): boolean {
  try {
    validateSpdxExpression(text);
    return true;
  } catch {
    return false;
  }
}
