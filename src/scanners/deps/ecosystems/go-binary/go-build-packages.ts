import { goScheme } from '../../../../vulndb/versioning/go.ts';
import { createPackage } from '../../create-package.ts';
import type { InventoryNotice, InventoryPackage } from '../../inventory-package.ts';

/** One `mod` or `dep` line of the module text, with the `=>` replacement line after it when there is one. */
interface ModuleLine {
  kind: 'mod' | 'dep';
  path: string;
  version: string;
  replacement?: { path: string; version: string };
}

export interface GoBuildPackages {
  packages: InventoryPackage[];
  notices: InventoryNotice[];
}

/**
 * The packages a Go binary was built from: its main module, every module dependency at the
 * version linked in (or its replacement's), and the standard library as `stdlib` at the toolchain
 * version, the name OSV's Go advisories give the standard library.
 */
export function goBuildPackages(path: string, goVersion: string, modinfo: string): GoBuildPackages {
  const location = { path, startLine: 1 };
  const notices: InventoryNotice[] = [];
  const packages: InventoryPackage[] = [];
  const stdlibVersion = toolchainVersion(goVersion);
  if (stdlibVersion) packages.push(createPackage({ ecosystem: 'Go', name: 'stdlib', version: stdlibVersion, direct: undefined, dev: false, location }));
  else notices.push({ path, message: `Go toolchain version "${goVersion}" is not a release; the standard library was not checked` });
  for (const line of moduleLines(modinfo)) packages.push(modulePackage(line, location));
  return { packages, notices };
}

/** `go1.21.3` → `1.21.3`; `go1.20` (the first release of 1.20) → `1.20.0`; `go1.21rc2` → `1.21.0-rc.2`. */
export function toolchainVersion(goVersion: string): string | undefined {
  // "go" then major.minor, an optional .patch, an optional beta/rc suffix; GOEXPERIMENT tags follow after a space.
  const match = /^go(\d+)\.(\d+)(?:\.(\d+))?(?:(beta|rc)(\d+))?(?:\s|$)/.exec(goVersion.trim());
  if (!match) return undefined;
  const [, major, minor, patch, stage, stageNumber] = match;
  return `${major}.${minor}.${patch ?? '0'}${stage ? `-${stage}.${stageNumber}` : ''}`;
}

function moduleLines(modinfo: string): ModuleLine[] {
  const lines: ModuleLine[] = [];
  for (const row of modinfo.split('\n')) {
    const [keyword, modulePath = '', version = ''] = row.split('\t');
    if ((keyword === 'mod' || keyword === 'dep') && modulePath !== '') lines.push({ kind: keyword, path: modulePath, version });
    else if (keyword === '=>' && lines.length > 0 && modulePath !== '') lines.at(-1)!.replacement = { path: modulePath, version };
  }
  return lines;
}

function modulePackage(line: ModuleLine, location: { path: string; startLine: number }): InventoryPackage {
  const base = { ecosystem: 'Go' as const, direct: line.kind === 'mod' ? true : undefined, dev: false, location };
  const replacement = line.replacement;
  // A replacement by a directory has no version: what was built is whatever that directory held.
  if (replacement && !isVersion(replacement.version)) {
    return createPackage({ ...base, name: line.path, version: undefined, unresolved: { reason: 'local-replace', detail: `replaced by ${replacement.path}` } });
  }
  const name = replacement?.path ?? line.path;
  const version = replacement?.version ?? line.version;
  if (line.kind === 'mod' && version === '(devel)') {
    return createPackage({ ...base, name, version: undefined, unresolved: { reason: 'unpinned', detail: 'the main module was built from a source tree without a version ((devel))' } });
  }
  if (!isVersion(version)) return createPackage({ ...base, name, version: undefined, unresolved: { reason: 'unpinned', detail: `not a Go module version: ${version || '(none)'}` } });
  return createPackage({ ...base, name, version });
}

function isVersion(version: string): boolean {
  return version !== '' && version !== '(devel)' && goScheme.isValid(version);
}
