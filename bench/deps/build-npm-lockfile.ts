import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface NpmLockfileProject {
  /** Folder holding `package-lock.json` (and nothing else), the target of every timed command. */
  rootDir: string;
  lockfilePath: string;
  /** Lockfile entries under node_modules/ (each one a package of the inventory). */
  packages: number;
  /** Distinct package names, all taken from the corpus's npm records. */
  names: number;
  /** Entries whose version is one the corpus records name (an event or a listed version). */
  corpusVersions: number;
  bytes: number;
}

// Plain release versions only (`1.2.3`): the neighbours derived below need three numbers.
const releaseVersion = /^(\d+)\.(\d+)\.(\d+)$/;

/**
 * Writes a package-lock.json v3 of at least `minPackages` entries into `outDir`, the same bytes on
 * every run. Names come from the npm records of the OSV corpus (read in place); versions are the
 * ones those records name (introduced, fixed, last_affected, listed) and their neighbours
 * (the patch before and after, the next minor), so some entries are affected and some sit just
 * past a fix. The first version of each name is hoisted to node_modules/<name>; the others nest
 * under other packages, as npm does when two versions of a name are needed, and every parent
 * declares the children it holds, so the lockfile has a real graph.
 */
export function buildNpmLockfile(osvCorpusDir: string, outDir: string, minPackages: number): NpmLockfileProject {
  const recorded = readRecordedVersions(osvCorpusDir);
  const names = [...recorded.keys()].sort();
  const versionsByName = new Map(names.map((name) => [name, withNeighbours(recorded.get(name)!)]));
  let total = [...versionsByName.values()].reduce((sum, versions) => sum + versions.length, 0);
  // Too few? Add ever further patch releases, name by name, until the lockfile is big enough.
  for (let step = 2; total < minPackages && step < 100; step++) {
    for (const name of names) {
      if (total >= minPackages) break;
      const versions = versionsByName.get(name)!;
      const last = releaseVersion.exec(versions[versions.length - 1]!);
      if (!last) continue;
      versions.push(`${last[1]}.${last[2]}.${Number(last[3]) + step}`);
      total++;
    }
  }
  const packages: Record<string, Record<string, unknown>> = {};
  const childrenOf = new Map<string, Record<string, string>>();
  const declare = (parentKey: string, name: string, version: string): void => {
    const children = childrenOf.get(parentKey) ?? {};
    children[name] = version;
    childrenOf.set(parentKey, children);
  };
  let corpusVersions = 0;
  names.forEach((name, nameIndex) => {
    const versions = versionsByName.get(name)!;
    versions.forEach((version, versionIndex) => {
      const isHoisted = versionIndex === 0;
      // Each nested copy sits under a different hoisted package, chosen by position, so paths never repeat.
      const parentName = names[(nameIndex + versionIndex * 7 + 1) % names.length]!;
      const parentKey = isHoisted || parentName === name ? '' : `node_modules/${parentName}`;
      const key = parentKey === '' ? `node_modules/${name}` : `${parentKey}/node_modules/${name}`;
      if (key in packages) return;
      packages[key] = { version, resolved: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${version}.tgz`, license: 'MIT', ...(nameIndex % 9 === 8 ? { dev: true } : {}) };
      if (recorded.get(name)!.has(version)) corpusVersions++;
      declare(parentKey, name, version);
    });
  });
  for (const [key, children] of childrenOf) {
    if (key === '') continue;
    packages[key]!.dependencies = Object.fromEntries(Object.entries(children).sort());
  }
  const rootDependencies = Object.entries(childrenOf.get('') ?? {}).sort();
  const lock = {
    name: 'bench-deps',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': {
        name: 'bench-deps',
        version: '1.0.0',
        dependencies: Object.fromEntries(rootDependencies.filter(([name]) => packages[`node_modules/${name}`]!.dev !== true)),
        devDependencies: Object.fromEntries(rootDependencies.filter(([name]) => packages[`node_modules/${name}`]!.dev === true)),
      },
      ...Object.fromEntries(Object.entries(packages).sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))),
    },
  };
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const lockfilePath = join(outDir, 'package-lock.json');
  const text = `${JSON.stringify(lock, null, 2)}\n`;
  writeFileSync(lockfilePath, text);
  return { rootDir: outDir, lockfilePath, packages: Object.keys(packages).length, names: names.length, corpusVersions, bytes: Buffer.byteLength(text) };
}

/** npm package name → the release versions its corpus records name. */
function readRecordedVersions(osvCorpusDir: string): Map<string, Set<string>> {
  const recorded = new Map<string, Set<string>>();
  for (const folder of ['npm', 'npm-ghsa']) {
    for (const file of readdirSync(join(osvCorpusDir, folder)).filter((name) => name.endsWith('.json')).sort()) {
      const record = JSON.parse(readFileSync(join(osvCorpusDir, folder, file), 'utf8')) as { affected?: { package?: { ecosystem?: string; name?: string }; ranges?: { events?: Record<string, string>[] }[]; versions?: string[] }[] };
      for (const affected of record.affected ?? []) {
        if (affected.package?.ecosystem !== 'npm' || !affected.package.name) continue;
        const versions = recorded.get(affected.package.name) ?? new Set<string>();
        const named = [...(affected.ranges ?? []).flatMap((range) => (range.events ?? []).flatMap((event) => Object.values(event))), ...(affected.versions ?? [])];
        for (const version of named) if (releaseVersion.test(version) && version !== '0.0.0') versions.add(version);
        if (versions.size > 0) recorded.set(affected.package.name, versions);
      }
    }
  }
  return recorded;
}

/** The recorded versions plus the patch before and after each and the next minor, sorted and unique. */
function withNeighbours(recorded: ReadonlySet<string>): string[] {
  const versions = new Set<string>();
  for (const version of recorded) {
    const [, major, minor, patch] = releaseVersion.exec(version)!.map(Number) as [number, number, number, number];
    versions.add(version);
    if (patch > 0) versions.add(`${major}.${minor}.${patch - 1}`);
    versions.add(`${major}.${minor}.${patch + 1}`);
    versions.add(`${major}.${minor + 1}.0`);
  }
  return [...versions].sort(compareRelease);
}

function compareRelease(left: string, right: string): number {
  const a = left.split('.').map(Number);
  const b = right.split('.').map(Number);
  return a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
}
