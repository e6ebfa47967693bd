import type { LockfileInput } from './inventory-package.ts';
import { isRecord } from './json-document.ts';
import { readSiblingFile } from './sibling-file.ts';

export interface ManifestDependencies {
  /** Name → declared range. */
  production: Map<string, string>;
  development: Map<string, string>;
  all: Set<string>;
}

/**
 * The package.json next to a lockfile, for the formats that do not record which dependencies are
 * direct (yarn.lock, package-lock v1). Undefined when there is none or it is not valid JSON.
 */
export function readManifestDependencies(input: LockfileInput): ManifestDependencies | undefined {
  const text = readSiblingFile(input, 'package.json');
  if (text === undefined) return undefined;
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(manifest)) return undefined;
  const rangesOf = (field: string): [string, string][] => (isRecord(manifest[field]) ? Object.entries(manifest[field]).filter((pair): pair is [string, string] => typeof pair[1] === 'string') : []);
  const production = new Map([...rangesOf('peerDependencies'), ...rangesOf('optionalDependencies'), ...rangesOf('dependencies')]);
  const development = new Map(rangesOf('devDependencies').filter(([name]) => !production.has(name)));
  return { production, development, all: new Set([...production.keys(), ...development.keys()]) };
}
