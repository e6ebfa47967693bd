/**
 * A tar entry's name as a path inside the image: POSIX, relative to `/`, without `./` or empty
 * segments. Returns undefined for names that climb out with `..`, so no entry can name a path
 * outside the image root (nothing is written to disk from layers anyway; this keeps reported
 * paths and whiteout targets honest).
 */
export function normalizeImagePath(name: string): string | undefined {
  const segments: string[] = [];
  for (const segment of name.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') return undefined;
    segments.push(segment);
  }
  return segments.join('/');
}

/** Every ancestor directory of a path, nearest first (`a/b/c` → `a/b`, `a`). */
export function* ancestorsOf(path: string): Generator<string> {
  for (let index = path.lastIndexOf('/'); index > 0; index = path.lastIndexOf('/', index - 1)) yield path.slice(0, index);
}
