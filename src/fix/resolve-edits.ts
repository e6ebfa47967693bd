import type { Fix, GitRefResolution } from '../core/finding.ts';
import type { TextEdit } from './apply-edits.ts';

/** Where a git ref points: the commit, and the version to name in the pin's comment. */
export interface GitRefTarget {
  sha: string;
  /** The most specific version tag on that commit (`v4.2.2` for `v4`), or the ref itself. */
  version: string;
  kind: 'tag' | 'branch';
}

/**
 * Looks refs up (network code lives outside fix/ and is injected). Resolves to undefined when the
 * repository has no such ref; rejects when the lookup itself fails.
 */
export interface GitRefResolver {
  resolve(repository: string, ref: string): Promise<GitRefTarget | undefined>;
}

export type Resolution =
  | { ok: true; edits: TextEdit[]; detail: string | undefined }
  | { ok: false; reason: 'needs-network' | 'ref-not-found' | 'lookup-failed'; message: string };

/** Fills the placeholders of a fix's resolvable edits; without a resolver (offline) such fixes fail. */
export async function resolveFixEdits(fix: Fix, resolver: GitRefResolver | undefined): Promise<Resolution> {
  const edits: TextEdit[] = [];
  const details = new Set<string>();
  for (const { resolve, ...edit } of fix.edits) {
    if (!resolve) {
      edits.push(edit);
      continue;
    }
    const looked = await lookUp(resolve, resolver);
    if (!looked.ok) return looked;
    details.add(`${resolve.ref} is ${looked.target.kind === 'branch' ? 'branch' : 'tag'} ${looked.target.version} at ${looked.target.sha}`);
    edits.push({ ...edit, replacement: fillTemplate(edit.replacement, looked.target) });
  }
  return { ok: true, edits, detail: details.size > 0 ? [...details].join(', ') : undefined };
}

type LookUp = { ok: true; target: GitRefTarget } | Extract<Resolution, { ok: false }>;

async function lookUp(resolution: GitRefResolution, resolver: GitRefResolver | undefined): Promise<LookUp> {
  const name = `${resolution.repository}@${resolution.ref}`;
  if (!resolver) return { ok: false, reason: 'needs-network', message: `needs network to resolve ${name} (--offline)` };
  try {
    const target = await resolver.resolve(resolution.repository, resolution.ref);
    if (!target) return { ok: false, reason: 'ref-not-found', message: `${resolution.repository} has no tag or branch "${resolution.ref}"` };
    return { ok: true, target };
  } catch (cause) {
    return { ok: false, reason: 'lookup-failed', message: `could not look up ${name}: ${(cause as Error).message}` };
  }
}

/** `{{sha}}` and `{{version}}` placeholders; anything else stays as written. */
function fillTemplate(template: string, target: GitRefTarget): string {
  // A `{{name}}` placeholder, captured by name.
  return template.replace(/\{\{(sha|version)\}\}/g, (_, name: 'sha' | 'version') => target[name]);
}
