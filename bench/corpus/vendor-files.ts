import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One installed npm package whose source files go into the corpus. */
export interface VendorPackage {
  /** name@version, the folder name in the corpus. */
  id: string;
  root: string;
  files: VendorFile[];
  bytes: number;
}

export interface VendorFile {
  absolute: string;
  /** POSIX path inside the package. */
  relative: string;
  bytes: number;
}

// Source, data and docs that repositories hold in bulk; binaries and source maps are left out.
const copiedExtensions = /\.(?:[cm]?js|[cm]?ts|jsx|tsx|json|md|ya?ml)$/i;
const maxCopiedFileBytes = 4 * 1024 * 1024;

/**
 * Every package under a node_modules tree (scoped and nested ones too), deduplicated by
 * name@version and sorted, so the same lockfile always yields the same corpus.
 */
export function listVendorPackages(nodeModules: string): VendorPackage[] {
  const byId = new Map<string, VendorPackage>();
  for (const root of findPackageRoots(nodeModules)) {
    const id = readPackageId(root);
    if (!id || byId.has(id)) continue;
    const files = listPackageFiles(root);
    byId.set(id, { id, root, files, bytes: files.reduce((sum, file) => sum + file.bytes, 0) });
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function findPackageRoots(nodeModules: string): string[] {
  const roots: string[] = [];
  for (const entry of safeReadDir(nodeModules)) {
    if (entry.startsWith('.')) continue;
    const path = join(nodeModules, entry);
    if (entry.startsWith('@')) {
      for (const scoped of safeReadDir(path)) roots.push(...packageAndNested(join(path, scoped)));
    } else {
      roots.push(...packageAndNested(path));
    }
  }
  return roots;
}

function packageAndNested(root: string): string[] {
  if (!isDirectory(root)) return [];
  return [root, ...findPackageRoots(join(root, 'node_modules'))];
}

function readPackageId(root: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name?: string; version?: string };
    return manifest.name && manifest.version ? `${manifest.name}@${manifest.version}` : undefined;
  } catch {
    return undefined;
  }
}

function listPackageFiles(root: string): VendorFile[] {
  const files: VendorFile[] = [];
  const walk = (directory: string): void => {
    for (const entry of safeReadDir(directory).sort()) {
      if (entry === 'node_modules') continue;
      const absolute = join(directory, entry);
      const info = statSync(absolute, { throwIfNoEntry: false });
      if (!info || info.isSymbolicLink()) continue;
      if (info.isDirectory()) walk(absolute);
      else if (info.isFile() && copiedExtensions.test(entry) && info.size <= maxCopiedFileBytes) {
        files.push({ absolute, relative: relative(root, absolute).split(sep).join('/'), bytes: info.size });
      }
    }
  };
  walk(root);
  return files;
}

function safeReadDir(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

function isDirectory(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
