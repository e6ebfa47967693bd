import { sep } from 'node:path';

/**
 * A directory entry's path: `dir` is already normalised (it comes from realpath and this
 * function), and an entry name holds no separator, so `path.join`'s normalising pass, a
 * measurable cost per file on large trees, is not needed.
 */
export function childPath(directory: string, name: string): string {
  return directory.endsWith(sep) ? directory + name : directory + sep + name;
}
