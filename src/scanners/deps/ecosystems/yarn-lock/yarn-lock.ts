import { parseSyml } from '@yarnpkg/parsers';
import { createPackage, failedParse } from '../../create-package.ts';
import { linkDependencies, walkDependencyGraph } from '../../dependency-graph.ts';
import type { InventoryPackage, LockfileInput, LockfileParser, LockfileParseResult } from '../../inventory-package.ts';
import { isRecord, stringOf } from '../../json-document.ts';
import { readManifestDependencies } from '../../npm-manifest.ts';

/** yarn.lock, classic (v1 format) and Berry (YAML with `__metadata`), parsed by yarn's own parser. */
export const yarnLockParser = {
  id: 'yarn-lock',
  ecosystem: 'npm',
  claims: (path) => /(?:^|\/)yarn\.lock$/.test(path) && !path.includes('node_modules/'),
  parse,
} as const satisfies LockfileParser;

interface YarnEntry {
  descriptors: string[];
  name: string;
  fields: Record<string, unknown>;
  line: number;
}

function parse(input: LockfileInput): LockfileParseResult {
  let document: unknown;
  try {
    document = parseSyml(input.text);
  } catch (cause) {
    return failedParse(input.path, errorLine(cause, input.text), `invalid yarn.lock: ${firstLine(cause)}`);
  }
  if (!isRecord(document)) return failedParse(input.path, 1, 'a yarn.lock must be a map of entries');
  const entries = groupEntries(document, headerLines(input.text));
  const byDescriptor = new Map<string, number>();
  entries.forEach((entry, index) => entry.descriptors.forEach((descriptor) => byDescriptor.set(descriptor, index)));
  const find = (name: string, range: string): number | undefined => byDescriptor.get(`${name}@${range}`) ?? byDescriptor.get(`${name}@npm:${range}`);
  const manifest = readManifestDependencies(input);
  const rootsOf = (declared: Map<string, string>): string[] => [...declared].map(([name, range]) => find(name, range)).filter((index) => index !== undefined).map(String);
  const edges = (node: string): string[] => dependencyIndexes(entries[Number(node)]!, find).map(String);
  const graph = manifest ? walkDependencyGraph({ production: rootsOf(manifest.production), development: rootsOf(manifest.development) }, edges, (node) => entries[Number(node)]!.name) : undefined;
  const packages: InventoryPackage[] = [];
  const packagesByIndex = new Map<string, InventoryPackage>();
  entries.forEach((entry, index) => {
    const resolution = stringOf(entry.fields.resolution);
    // The project and its workspaces appear in Berry lockfiles; they are not dependencies.
    if (resolution !== undefined && /@workspace:/.test(resolution)) return;
    // A patched package (`resolve@patch:resolve@npm%3A1.22.8#…`) is the npm entry beside it, edited.
    if (resolution !== undefined && isPatchOfListedEntry(entry, entries)) return;
    const verdict = graph?.get(String(index));
    const declaredDirectly = manifest ? entry.descriptors.some((descriptor) => isManifestDescriptor(descriptor, manifest.production) || isManifestDescriptor(descriptor, manifest.development)) : undefined;
    const source = nonRegistrySource(entry.fields);
    const written = stringOf(entry.fields.version) ?? numberText(entry.fields.version);
    // Berry writes this placeholder for portals, links and workspaces, which have no release.
    const version = written?.endsWith('-use.local') ? undefined : written;
    packages.push(
      createPackage({
        ecosystem: 'npm',
        name: entry.name,
        version,
        unresolved: source ? { reason: 'url', detail: source } : undefined,
        direct: declaredDirectly,
        dev: verdict ? verdict.dev : undefined,
        location: { path: input.path, startLine: entry.line, startColumn: 1 },
        dependencyPath: verdict?.dependencyPath,
      }),
    );
    packagesByIndex.set(String(index), packages[packages.length - 1]!);
  });
  linkDependencies(packagesByIndex, edges);
  return { packages, errors: [], notices: [] };
}

/** One lockfile entry may be listed under several keys (one per descriptor); yarn's parser repeats the object. */
function groupEntries(document: Record<string, unknown>, lines: Map<string, number>): YarnEntry[] {
  const entries: YarnEntry[] = [];
  const seen = new Map<unknown, YarnEntry>();
  for (const [key, fields] of Object.entries(document)) {
    if (key === '__metadata' || !isRecord(fields)) continue;
    const descriptors = key.split(/\s*,\s*/);
    const known = seen.get(fields);
    if (known) {
      known.descriptors.push(...descriptors);
      continue;
    }
    const entry = { descriptors, name: packageName(descriptors[0]!, fields), fields, line: lines.get(descriptors[0]!) ?? 1 };
    seen.set(fields, entry);
    entries.push(entry);
  }
  return entries;
}

function isPatchOfListedEntry(entry: YarnEntry, entries: readonly YarnEntry[]): boolean {
  const resolution = stringOf(entry.fields.resolution)!;
  if (!resolution.slice(resolution.indexOf('@', 1) + 1).startsWith('patch:')) return false;
  return entries.some((other) => other !== entry && other.name === entry.name && other.fields.version === entry.fields.version && !String(other.fields.resolution).includes('@patch:'));
}

/** The registry name: Berry's resolution names it; classic aliases (`x@npm:real@^1`) name it in the range. */
function packageName(descriptor: string, fields: Record<string, unknown>): string {
  const resolution = stringOf(fields.resolution);
  if (resolution) return resolution.slice(0, resolution.indexOf('@', 1));
  const range = descriptor.slice(descriptor.indexOf('@', 1) + 1);
  if (range.startsWith('npm:') && range.indexOf('@', 5) !== -1) return range.slice(4, range.indexOf('@', 5));
  return descriptor.slice(0, descriptor.indexOf('@', 1));
}

function isManifestDescriptor(descriptor: string, declared: Map<string, string>): boolean {
  const at = descriptor.indexOf('@', 1);
  const range = declared.get(descriptor.slice(0, at));
  const written = descriptor.slice(at + 1);
  return range !== undefined && (written === range || written === `npm:${range}`);
}

function dependencyIndexes(entry: YarnEntry, find: (name: string, range: string) => number | undefined): number[] {
  const found: number[] = [];
  for (const field of ['dependencies', 'optionalDependencies']) {
    const dependencies = entry.fields[field];
    if (!isRecord(dependencies)) continue;
    for (const [name, range] of Object.entries(dependencies)) {
      const index = typeof range === 'string' ? find(name, range) : undefined;
      if (index !== undefined) found.push(index);
    }
  }
  return found;
}

/** Git, tarball and path sources: their version is the package.json's, not a registry release. */
function nonRegistrySource(fields: Record<string, unknown>): string | undefined {
  const resolution = stringOf(fields.resolution);
  if (resolution) {
    const protocol = resolution.slice(resolution.indexOf('@', 1) + 1);
    return /^(?:npm|patch):/.test(protocol) ? undefined : protocol;
  }
  const resolved = stringOf(fields.resolved);
  // Classic records git and path sources in `resolved`; registry tarballs are plain https URLs under /-/.
  return resolved !== undefined && /^(?:git\+|git:|github:|file:|link:)|codeload\.github\.com/.test(resolved) ? resolved : undefined;
}

/** Header lines (`"a@^1", a@^1.1:`) of every entry, by descriptor, for locations. */
function headerLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const rows = text.split('\n');
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!.trimEnd();
    if (row === '' || row.startsWith('#') || row.startsWith(' ') || !row.endsWith(':')) continue;
    for (const part of row.slice(0, -1).split(/\s*,\s*/)) lines.set(part.replace(/^"|"$/g, ''), index + 1);
  }
  return lines;
}

function numberText(value: unknown): string | undefined {
  return typeof value === 'number' ? String(value) : undefined;
}

/** yarn's PEG parser reports `location.start.line`; its YAML fallback reports a 0-based `mark.line`. */
function errorLine(cause: unknown, text: string): number {
  const lineCount = text.split('\n').length;
  const failure = cause as { location?: { start?: { line?: number } }; mark?: { line?: number } };
  const line = failure.location?.start?.line ?? (failure.mark?.line === undefined ? 1 : failure.mark.line + 1);
  return Math.min(Math.max(line, 1), lineCount);
}

function firstLine(cause: unknown): string {
  return String((cause as Error).message ?? cause).split('\n')[0]!;
}
