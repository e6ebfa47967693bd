import { parse } from 'yaml';
import type { ScanNotice } from '../../../../core/finding.ts';
import type { SourceFile } from '../../../../core/source-file.ts';

/** The names kustomize looks for in a directory. */
const kustomizationNames = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** A patch sits beside its kustomization or one folder below it (`patches/`); further up is not looked at. */
const levelsUp = 2;
/** A kustomization larger than this is not one a person wrote; it is not read. */
const maxKustomizationBytes = 256 * 1024;

/**
 * The kustomization that lists this file as a patch (`patchesStrategicMerge`, `patches[].path`,
 * `patchesJson6902[].path`), or undefined. Such a file is a fragment kustomize merges into a
 * base object, so most of what a rule expects (containers, images, probes) is legitimately
 * absent from it.
 */
export function kustomizationPatching(file: SourceFile): string | undefined {
  if (!file.related) return undefined;
  let directory: string | undefined = parentOf(file.path);
  for (let level = 0; level < levelsUp && directory !== undefined; level++) {
    for (const name of kustomizationNames) {
      const path = directory === '' ? name : `${directory}/${name}`;
      const text = file.related.read(path);
      if (text === undefined || text.length > maxKustomizationBytes) continue;
      if (patchPaths(text, directory).includes(file.path)) return path;
    }
    directory = directory === '' ? undefined : parentOf(directory);
  }
  return undefined;
}

export function kustomizePatchNotice(path: string, kustomization: string): ScanNotice {
  const overlay = parentOf(kustomization) || '.';
  return {
    path,
    code: 'RAMPART_N_KUSTOMIZE_PATCH',
    message: `Kustomize patch (listed in ${kustomization}): only the values it sets are judged; scan the rendered overlay for the rest, e.g. \`kustomize build ${overlay} | rampart scan - --scanners iac\``,
  };
}

/** Repo-relative paths of the patch files a kustomization names; a file that is not a kustomization names none. */
function patchPaths(text: string, directory: string): string[] {
  let document: unknown;
  try {
    document = parse(text, { maxAliasCount: 100 });
  } catch {
    return [];
  }
  if (typeof document !== 'object' || document === null) return [];
  const { patchesStrategicMerge, patches, patchesJson6902 } = document as Record<string, unknown>;
  const named: string[] = [];
  // Entries are file names, or (strategic merge only) an inline patch, which has a newline.
  if (Array.isArray(patchesStrategicMerge)) for (const entry of patchesStrategicMerge) if (typeof entry === 'string' && !entry.includes('\n')) named.push(entry);
  for (const list of [patches, patchesJson6902]) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const path = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)['path'] : undefined;
      if (typeof path === 'string') named.push(path);
    }
  }
  return named.map((entry) => joinPath(directory, entry)).filter((path): path is string => path !== undefined);
}

/** `a/b` joined with `../c/d.yaml` as POSIX paths; undefined when it climbs out of the scan root. */
function joinPath(directory: string, relative: string): string | undefined {
  const parts = directory === '' ? [] : directory.split('/');
  for (const segment of relative.trim().split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join('/');
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}
