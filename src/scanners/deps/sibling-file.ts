import { posix } from 'node:path';
import type { LockfileInput } from './inventory-package.ts';

/**
 * The text of a manifest next to the lockfile (package.json, pyproject.toml, Pipfile,
 * composer.json), read through the scan's guarded related-file reader; undefined when absent or
 * when the scan has no reader (stdin, git history).
 */
export function readSiblingFile(input: LockfileInput, fileName: string): string | undefined {
  const directory = posix.dirname(input.path);
  return input.related?.read(directory === '.' ? fileName : `${directory}/${fileName}`);
}
