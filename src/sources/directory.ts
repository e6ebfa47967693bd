import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { ScanError, ScanNotice } from '../core/finding.ts';
import type { SourceFile, SourceText } from '../core/source-file.ts';
import { readTextFile } from './read-text-file.ts';

export interface DirectorySourceOptions {
  root: string;
  maxFileBytes: number;
  /** Extra .gitignore-syntax patterns from the config. */
  exclude?: readonly string[];
  /** Honour .gitignore files (on by default). */
  useGitignore?: boolean;
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

  async function* walk(): AsyncGenerator<SourceFile> {
    const rootReal = await realpath(options.root);
    const rootScope: IgnoreScope = { base: '', matcher: ignore().add(options.exclude ? [...options.exclude] : []) };
    const visited = new Set<string>([rootReal]);
    yield* walkDirectory(rootReal, '', [rootScope], rootReal, visited);
  }

  async function* walkDirectory(absolute: string, relativeDir: string, scopes: IgnoreScope[], rootReal: string, visited: Set<string>): AsyncGenerator<SourceFile> {
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
      const absolutePath = join(absolute, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await resolveSymlink(absolutePath, relativePath, rootReal);
        if (!target) continue;
        isDirectory = target.isDirectory;
        isFile = target.isFile;
        if (isDirectory) {
          if (visited.has(target.real)) {
            errors.push({ path: relativePath, code: 'RAMPART_E_SYMLINK', message: 'symlink loop: the target directory is already being scanned; skipped' });
            continue;
          }
        }
      }
      if (isDirectory && alwaysSkippedDirectories.has(entry.name)) continue;
      if (isIgnored(localScopes, relativePath, isDirectory)) continue;
      if (isDirectory) {
        const real = await realpath(absolutePath).catch(() => absolutePath);
        if (visited.has(real)) continue;
        visited.add(real);
        yield* walkDirectory(absolutePath, relativePath, localScopes, rootReal, visited);
      } else if (isFile) {
        yield fileFromDisk(absolutePath, relativePath);
      }
    }
  }

  async function resolveSymlink(absolutePath: string, relativePath: string, rootReal: string): Promise<{ real: string; isDirectory: boolean; isFile: boolean } | undefined> {
    let real: string;
    try {
      real = await realpath(absolutePath);
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') errors.push({ path: relativePath, code: 'RAMPART_E_SYMLINK', message: 'symlink loop; skipped' });
      else notices.push({ path: relativePath, code: 'RAMPART_N_DANGLING_SYMLINK', message: 'symlink target does not exist; skipped' });
      return undefined;
    }
    const fromRoot = relative(rootReal, real);
    if (fromRoot.startsWith('..') || fromRoot === '..' || (fromRoot !== '' && !real.startsWith(rootReal + sep))) {
      errors.push({ path: relativePath, code: 'RAMPART_E_SYMLINK', message: `symlink points outside the scanned root (to ${real}); not followed` });
      return undefined;
    }
    const info = await stat(real).catch(() => undefined);
    if (!info) return undefined;
    return { real, isDirectory: info.isDirectory(), isFile: info.isFile() };
  }

  function fileFromDisk(absolutePath: string, relativePath: string): SourceFile {
    return {
      path: relativePath,
      diskPath: absolutePath,
      read: async (): Promise<SourceText | null> => {
        const { text, notice } = await readTextFile(absolutePath, relativePath, options.maxFileBytes);
        if (notice) notices.push(notice);
        return text;
      },
    };
  }

  return {
    files: walk(),
    report: () => ({ notices, errors, skipped: 0 }),
  };
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
