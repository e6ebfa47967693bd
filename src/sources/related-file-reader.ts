import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { RelatedFileReader, SourceText } from '../core/source-file.ts';
import { childPath } from './child-path.ts';
import { readTextFileSync } from './read-text-file.ts';

/** Directory names a reference may never lead into: version-control internals are not scan content. */
const forbiddenSegments = new Set(['.git', '.hg', '.svn']);

/**
 * Texts read are kept up to this many characters in all: scanners come back to the same files
 * (every file of a Terraform module is read by each caller and by the module-call index), and
 * files do not change during a scan.
 */
const CACHED_TEXT_CHARS = 32 * 1024 * 1024;

/** A related-file reader that also hands the scan the texts it has already read. */
export interface CachingRelatedFileReader extends RelatedFileReader {
  /**
   * The text of a file this reader has read, if it still holds it, handed over once: the scan then
   * need not read the file again (a scanner following references often reads files before the
   * scan reaches them). Undefined when the file was not read, or did not read as text.
   */
  takeText(repoRelativePath: string): SourceText | undefined;
}

/**
 * Reads files of a directory scan on behalf of a scanner that follows a reference (an include, a
 * local reusable workflow). The path comes from the scanned file, so it is hostile: it must stay
 * inside the root after symlinks are resolved, and is read with the same size and binary
 * checks as any scanned file. Problems read as undefined; the scanner reports the reference.
 */
export function createRelatedFileReader(root: string, maxFileBytes: number): CachingRelatedFileReader {
  let rootReal: string | undefined;
  // The native realpath is one system call; the JavaScript one checks every segment of the path.
  const realRoot = (): string => (rootReal ??= realpathSync.native(root));
  const texts = new Map<string, SourceText | undefined>();
  let cachedChars = 0;
  // Regular files seen while listing real (not symlinked) directories, with their real paths:
  // reading one of them needs no realpath (a system call per path segment in glibc).
  const listedFiles = new Map<string, string>();
  // Every regular file directly in a directory listed before, by repo-relative directory: scanners
  // list the same directories again (a Terraform module for its files, then for its tfvars).
  const directoryFiles = new Map<string, string[]>();

  /** The real absolute path for a repo-relative path, or undefined when it is malformed or leaves the root. */
  function resolveInside(repoRelativePath: string): string | undefined {
    const segments = safeSegments(repoRelativePath);
    if (!segments) return undefined;
    const listed = listedFiles.get(segments.join('/'));
    if (listed !== undefined) return listed;
    let real: string;
    try {
      real = realpathSync.native(join(realRoot(), ...segments));
    } catch {
      return undefined;
    }
    return isInside(realRoot(), real) ? real : undefined;
  }

  function readInside(repoRelativePath: string): SourceText | undefined {
    const real = resolveInside(repoRelativePath);
    if (!real) return undefined;
    try {
      return readTextFileSync(real, repoRelativePath, maxFileBytes).text ?? undefined;
    } catch {
      return undefined;
    }
  }

  return {
    read(repoRelativePath) {
      if (texts.has(repoRelativePath)) return texts.get(repoRelativePath)?.text;
      const text = readInside(repoRelativePath);
      const chars = text?.text.length ?? 0;
      if (cachedChars + chars <= CACHED_TEXT_CHARS) {
        texts.set(repoRelativePath, text);
        cachedChars += chars;
      }
      return text?.text;
    },
    takeText(repoRelativePath) {
      const text = texts.get(repoRelativePath);
      if (text === undefined) return undefined;
      texts.delete(repoRelativePath);
      cachedChars -= text.text.length;
      return text;
    },
    list(repoRelativeDirectory, options) {
      const relative = (safeSegments(repoRelativeDirectory) ?? []).join('/');
      const known = options.recursive ? undefined : directoryFiles.get(relative);
      if (known) return known.slice(0, options.maxEntries);
      const real = repoRelativeDirectory === '' ? realRoot() : resolveInside(repoRelativeDirectory);
      if (!real) return [];
      const found: string[] = [];
      listInto(found, real, relative, options.recursive, options.maxEntries, realRoot(), { listedFiles, directoryFiles });
      return found.sort();
    },
  };
}

/** Path segments of a repo-relative POSIX path; undefined for absolute paths, `..`, NUL and VCS folders. */
function safeSegments(path: string): string[] | undefined {
  if (typeof path !== 'string' || path === '' || path.startsWith('/') || path.includes('\0') || path.includes('\\')) return undefined;
  const segments = path.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.length === 0) return undefined;
  if (segments.some((segment) => segment === '..' || forbiddenSegments.has(segment))) return undefined;
  return segments;
}

/**
 * Regular files below `absolute` (a real path); directories are entered only when they are real
 * (not symlinked) folders, so each regular file's path is real too and is kept in `listedFiles`;
 * each directory's own files are kept in `directoryFiles`.
 */
interface ListingCache {
  listedFiles: Map<string, string>;
  directoryFiles: Map<string, string[]>;
}

function listInto(found: string[], absolute: string, relative: string, recursive: boolean, maxEntries: number, rootReal: string, cache: ListingCache): void {
  let entries;
  try {
    entries = readdirSync(absolute, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // The directory's own files are all noted even past maxEntries, so a later listing of it is whole.
  const files: string[] = [];
  for (const entry of entries) {
    if (forbiddenSegments.has(entry.name)) continue;
    const childRelative = relative === '' ? entry.name : `${relative}/${entry.name}`;
    const childAbsolute = childPath(absolute, entry.name);
    let isListed = false;
    if (entry.isDirectory()) {
      if (recursive && found.length < maxEntries) listInto(found, childAbsolute, childRelative, recursive, maxEntries, rootReal, cache);
    } else if (entry.isFile()) {
      isListed = true;
      cache.listedFiles.set(childRelative, childAbsolute);
    } else if (entry.isSymbolicLink() && isFileInside(childAbsolute, rootReal)) {
      isListed = true;
    }
    if (!isListed) continue;
    files.push(childRelative);
    if (found.length < maxEntries) found.push(childRelative);
  }
  cache.directoryFiles.set(relative, files);
}

function isFileInside(absolute: string, rootReal: string): boolean {
  try {
    const real = realpathSync.native(absolute);
    return isInside(rootReal, real) && statSync(real).isFile();
  } catch {
    return false;
  }
}

/** True for paths below the root by whole segments: "/repo-old" is not inside "/repo". */
function isInside(rootReal: string, real: string): boolean {
  return real === rootReal || real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);
}
