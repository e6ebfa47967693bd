import type { RelatedFileReader } from '../../../../core/source-file.ts';

/** A local module source: `./x` or `../x` (Terraform's own test for a local path). */
export function isLocalModuleSource(source: string): boolean {
  return source.startsWith('./') || source.startsWith('../');
}

/** A repo-relative directory joined with a relative path, `..` resolved; undefined when it climbs out of the tree. */
export function joinModulePath(directory: string, relative: string): string | undefined {
  const out = directory === '' ? [] : directory.split('/');
  for (const segment of relative.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(segment);
  }
  return out.join('/');
}

/** `file("${path.module}/policy.json")` and plain relative paths, read through the guarded reader. */
export function moduleFileReader(related: RelatedFileReader | undefined, directory: string): (path: string) => string | undefined {
  return (path) => {
    if (!related) return undefined;
    // path.module evaluates to the directory itself, so such paths are already repo-relative.
    const relative = directory !== '' && (path === directory || path.startsWith(`${directory}/`)) ? path : joinModulePath(directory, path);
    return relative === undefined ? undefined : related.read(relative);
  };
}
