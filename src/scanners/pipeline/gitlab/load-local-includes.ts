import type { ScanError } from '../../../core/finding.ts';
import type { RelatedFileReader } from '../../../core/source-file.ts';
import { positionOf, type YamlSource } from '../yaml-source.ts';
import type { GitlabInclude, GitlabUnresolved } from './gitlab-model.ts';
import { readGitlabFile, type GitlabDocument } from './read-gitlab-file.ts';
import { readIncludes } from './read-includes.ts';

/** How deep includes may nest, and how many files one pipeline may pull in; far above real pipelines. */
export const maxIncludeDepth = 10;
export const maxIncludedFiles = 100;

export interface LoadedPipeline {
  /** Included files before their includer, the entry last: the order GitLab merges them in. */
  documents: GitlabDocument[];
  includes: GitlabInclude[];
  unresolved: GitlabUnresolved[];
  errors: ScanError[];
}

/**
 * Reads the files an entry `.gitlab-ci.yml` pulls in with `include: local`, through the scan's
 * related-file reader (which keeps every path inside the scanned root). Remote, project, template
 * and component includes are never fetched: they are recorded as unresolved. Cycles, over-deep
 * nesting and too many files stop with a note instead of looping.
 */
export function loadLocalIncludes(entry: GitlabDocument, related: RelatedFileReader | undefined, budget: YamlSource['budget']): LoadedPipeline {
  const loaded: LoadedPipeline = { documents: [], includes: [], unresolved: [], errors: [] };
  const seen = new Set<string>([entry.file.path]);

  const visit = (document: GitlabDocument, chain: readonly string[]): void => {
    for (const include of readIncludes(document)) {
      loaded.includes.push(include);
      const note = (message: string) => loaded.unresolved.push({ path: include.key.file.path, line: positionOf(include.key.file.source, include.key.keySpan.start).line, message });
      if (include.kind !== 'local') {
        note(unresolvedMessage(include));
        continue;
      }
      const location = include.location?.value.trim() ?? '';
      if (!related) {
        note(`include: local ${location} was not read: included files are followed only when a directory is scanned`);
        continue;
      }
      const expanded = expandLocalPath(location, related);
      if ('problem' in expanded) {
        note(`include: local ${location} was not read: ${expanded.problem}`);
        continue;
      }
      for (const path of expanded.paths) {
        if (chain.includes(path)) {
          note(`include: local ${path} was not read again: it includes itself through ${[...chain, path].join(' → ')}`);
          continue;
        }
        // A file two includers share is merged once; GitLab merges its identical content twice, to the same effect.
        if (seen.has(path)) continue;
        if (chain.length > maxIncludeDepth) {
          note(`include: local ${path} was not read: includes nest more than ${maxIncludeDepth} levels deep`);
          continue;
        }
        if (seen.size > maxIncludedFiles) {
          note(`include: local ${path} was not read: the pipeline already includes ${maxIncludedFiles} files`);
          return;
        }
        const text = related.read(path);
        if (text === undefined) {
          note(`include: local ${path} was not read: no such text file inside the scanned directory (missing, binary, too large, or a link outside it)`);
          continue;
        }
        seen.add(path);
        // Each included file brings its own share of node visits, as if it were part of the entry file.
        budget.remaining += 4 * text.length;
        budget.limit += 4 * text.length;
        const read = readGitlabFile(path, text, budget);
        if (!read.document) {
          loaded.errors.push(...read.errors);
          continue;
        }
        visit(read.document, [...chain, path]);
      }
    }
    loaded.documents.push(document);
  };

  visit(entry, [entry.file.path]);
  return loaded;
}

function unresolvedMessage(include: GitlabInclude): string {
  const location = include.location?.value ?? '(no location)';
  const what = include.kind === 'project' ? `include: project ${location}${include.files.length ? ` (${include.files.map((file) => file.value).join(', ')})` : ''}` : `include: ${include.kind} ${location}`;
  return `${what} is not resolved: rampart never fetches configuration from outside the scanned directory, so jobs it brings in are not audited`;
}

/**
 * Repository paths for an `include: local` value: a leading `/` means the repository root, as
 * GitLab reads it; `*` matches within one folder and `**` across folders.
 */
function expandLocalPath(location: string, related: RelatedFileReader): { paths: string[] } | { problem: string } {
  if (location === '') return { problem: 'the path is empty' };
  if (location.includes('$')) return { problem: 'the path uses a variable, which only GitLab can expand' };
  const path = location.replace(/^\/+/, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return { problem: 'not a repository path' };
  if (path.split('/').includes('..')) return { problem: 'the path leaves the repository with `..`' };
  if (!path.includes('*')) return { paths: [path] };
  const segments = path.split('/');
  const firstWild = segments.findIndex((segment) => segment.includes('*'));
  const base = segments.slice(0, firstWild).join('/');
  const isRecursive = path.includes('**') || firstWild < segments.length - 1;
  const pattern = globPattern(path);
  const paths = related.list(base, { recursive: isRecursive, maxEntries: 10_000 }).filter((candidate) => pattern.test(candidate) && /\.ya?ml$/i.test(candidate));
  if (paths.length === 0) return { problem: 'the pattern matches no file' };
  return { paths: paths.slice(0, maxIncludedFiles) };
}

/** A regular expression for a GitLab include glob. */
function globPattern(glob: string): RegExp {
  let source = '';
  for (let index = 0; index < glob.length; index += 1) {
    const char = glob[index]!;
    if (char === '*' && glob[index + 1] === '*') {
      // `**` crosses folder boundaries: any characters at all.
      source += '.*';
      index += 1;
    } else if (char === '*') {
      // `*` stays inside one folder: anything but a slash.
      source += '[^/]*';
    } else {
      source += char.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  // Anchored at both ends: the glob must match the whole repository path.
  return new RegExp(`^${source}$`);
}
