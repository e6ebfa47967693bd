import type { Dirent, Stats } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { ScanError, ScanNotice } from '../core/finding.ts';
import { defaultMaxBinaryFileBytes, type SourceFile, type SourceText } from '../core/source-file.ts';
import { readBinaryFile, readFileHead, withFileRanges } from './read-binary-file.ts';
import { readTextFile } from './read-text-file.ts';
import { childPath } from './child-path.ts';
import { createRelatedFileReader } from './related-file-reader.ts';

export interface DirectorySourceOptions {
  root: string;
  maxFileBytes: number;
  /** Extra .gitignore-syntax patterns from the config. */
  exclude?: readonly string[];
  /** Honour .gitignore files (on by default). */
  useGitignore?: boolean;
  /** Largest file read whole for a binary-parsing scanner (default `defaultMaxBinaryFileBytes`). */
  maxBinaryFileBytes?: number;
}

export interface DirectorySource {
  files: AsyncIterable<SourceFile>;
  report(): { notices: ScanNotice[]; errors: ScanError[]; skipped: number };
}

interface IgnoreScope {
  /** Directory of the ignore file, relative to the root, POSIX, '' for the root. */
  base: string;
  matcher: Ignore;
}

const alwaysSkippedDirectories = new Set(['.git', '.hg', '.svn']);
const ignoreFileNames = ['.gitignore', '.rampartignore'];

/**
 * Walks a directory: honours .gitignore and .rampartignore at every level, never follows a
 * symlink out of the root or around a loop, and leaves size and binary checks to read time.
 */
export function createDirectorySource(options: DirectorySourceOptions): DirectorySource {
  const notices: ScanNotice[] = [];
  const errors: ScanError[] = [];
  const related = createRelatedFileReader(options.root, options.maxFileBytes);

  async function* walk(): AsyncGenerator<SourceFile> {
    const rootReal = await realpath(options.root);
    const rootScope: IgnoreScope = { base: '', matcher: ignore().add(options.exclude ? [...options.exclude] : []) };
    const visited = new Set<string>([rootReal]);
    yield* walkDirectory(rootReal, rootReal, '', [rootScope], rootReal, visited);
  }

  /** `realDir` is the directory's resolved path: a plain child's is realDir/name, so only symlinks need realpath(). */
  async function* walkDirectory(absolute: string, realDir: string, relativeDir: string, scopes: IgnoreScope[], rootReal: string, visited: Set<string>): AsyncGenerator<SourceFile> {
    let entries;
    try {
      entries = await readdir(absolute, { withFileTypes: true });
    } catch (cause) {
      errors.push({ path: relativeDir || '.', code: 'RAMPART_E_READ', message: `cannot list directory: ${(cause as Error).message}` });
      return;
    }
    const localScopes = [...scopes];
    for (const name of ignoreFileNames) {
      if (name === '.gitignore' && options.useGitignore === false) continue;
      if (!entries.some((entry) => entry.name === name && entry.isFile())) continue;
      try {
        localScopes.push({ base: relativeDir, matcher: ignore().add(await readFile(join(absolute, name), 'utf8')) });
      } catch (cause) {
        errors.push({ path: joinPosix(relativeDir, name), code: 'RAMPART_E_READ', message: (cause as Error).message });
      }
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const relativePath = joinPosix(relativeDir, entry.name);
      const absolutePath = childPath(absolute, entry.name);
      let kind = entryKind(entry);
      let real: string | undefined;
      if (entry.isSymbolicLink()) {
        const target = await resolveSymlink(absolutePath, rootReal);
        // An ignored path stays quiet even when its link is broken or points outside the root.
        if (isIgnored(localScopes, relativePath, target.kind === 'directory')) continue;
        if (target.problem) {
          reportSymlinkProblem(relativePath, target.problem);
          continue;
        }
        kind = target.kind;
        real = target.real;
        if (kind === 'directory' && visited.has(target.real)) {
          errors.push({ path: relativePath, code: 'RAMPART_E_SYMLINK', message: 'symlink loop: the target directory is already being scanned; skipped' });
          continue;
        }
      } else if (isIgnored(localScopes, relativePath, kind === 'directory')) {
        continue;
      }
      if (kind === 'directory') {
        if (alwaysSkippedDirectories.has(entry.name)) continue;
        real ??= childPath(realDir, entry.name);
        if (visited.has(real)) continue;
        visited.add(real);
        yield* walkDirectory(absolutePath, real, relativePath, localScopes, rootReal, visited);
      } else if (kind === 'file') {
        yield fileFromDisk(absolutePath, relativePath);
      } else {
        // Reading a FIFO or a device could block forever or never end; the path is named instead.
        notices.push({ path: relativePath, code: 'RAMPART_N_SPECIAL_FILE', message: `not a regular file (${kind}); skipped without reading` });
      }
    }
  }

  function reportSymlinkProblem(relativePath: string, problem: SymlinkProblem): void {
    if (problem.kind === 'dangling') {
      notices.push({ path: relativePath, code: 'RAMPART_N_DANGLING_SYMLINK', message: 'symlink target does not exist; skipped' });
    } else if (problem.kind === 'loop') {
      errors.push({ path: relativePath, code: 'RAMPART_E_SYMLINK', message: 'symlink loop; skipped' });
    } else {
      errors.push({ path: relativePath, code: 'RAMPART_E_SYMLINK', message: `symlink points outside the scanned root (to ${problem.target}); not followed` });
    }
  }

  function fileFromDisk(absolutePath: string, relativePath: string): SourceFile {
    return {
      path: relativePath,
      diskPath: absolutePath,
      related,
      read: async (): Promise<SourceText | null> => {
        const taken = related.takeText(relativePath);
        if (taken) return taken;
        const { text, notice } = await readTextFile(absolutePath, relativePath, options.maxFileBytes);
        if (notice) notices.push(notice);
        return text;
      },
      readBytes: async () => {
        const { bytes, notice } = await readBinaryFile(absolutePath, relativePath, options.maxBinaryFileBytes ?? defaultMaxBinaryFileBytes);
        if (notice) notices.push(notice);
        return bytes;
      },
      readHead: () => readFileHead(absolutePath),
      withByteRanges: (use) => withFileRanges(absolutePath, use),
    };
  }

  return {
    files: walk(),
    report: () => ({ notices, errors, skipped: 0 }),
  };
}

type EntryKind = 'directory' | 'file' | 'FIFO' | 'socket' | 'device' | 'unknown';

type SymlinkProblem = { kind: 'dangling' } | { kind: 'loop' } | { kind: 'outside'; target: string };

type SymlinkTarget = { kind: EntryKind; real: string; problem?: undefined } | { kind: 'unknown'; real?: undefined; problem: SymlinkProblem };

function entryKind(entry: Dirent | Stats): EntryKind {
  if (entry.isDirectory()) return 'directory';
  if (entry.isFile()) return 'file';
  if (entry.isFIFO()) return 'FIFO';
  if (entry.isSocket()) return 'socket';
  if (entry.isBlockDevice() || entry.isCharacterDevice()) return 'device';
  return 'unknown';
}

/** Where a symlink leads, without following it anywhere outside the root. */
async function resolveSymlink(absolutePath: string, rootReal: string): Promise<SymlinkTarget> {
  let real: string;
  try {
    real = await realpath(absolutePath);
  } catch (cause) {
    const isLoop = (cause as NodeJS.ErrnoException).code === 'ELOOP';
    return { kind: 'unknown', problem: isLoop ? { kind: 'loop' } : { kind: 'dangling' } };
  }
  if (!isInside(rootReal, real)) return { kind: 'unknown', problem: { kind: 'outside', target: real } };
  const info = await stat(real).catch(() => undefined);
  if (!info) return { kind: 'unknown', problem: { kind: 'dangling' } };
  return { kind: entryKind(info), real };
}

/** True for the root and paths below it, by whole path segments: "/repo-old" is not inside "/repo", "/repo/..x" is. */
function isInside(rootReal: string, real: string): boolean {
  if (real === rootReal) return true;
  return real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);
}

function isIgnored(scopes: readonly IgnoreScope[], relativePath: string, isDirectory: boolean): boolean {
  for (const scope of scopes) {
    const local = scope.base === '' ? relativePath : relativePath.slice(scope.base.length + 1);
    if (scope.base !== '' && !relativePath.startsWith(`${scope.base}/`)) continue;
    if (scope.matcher.ignores(isDirectory ? `${local}/` : local)) return true;
  }
  return false;
}

function joinPosix(directory: string, name: string): string {
  return directory === '' ? name : `${directory}/${name}`;
}
