import { isMap, isSeq } from 'yaml';
import { entry, resolveNode, seqItems } from '../yaml-source.ts';
import type { GitlabInclude, GitlabIncludeKind } from './gitlab-model.ts';
import type { GitlabDocument } from './read-gitlab-file.ts';
import { keyOf, readEntries, readGitlabScalar, readScalarList, type NodeInFile } from './read-gitlab-nodes.ts';

const includeKinds: readonly GitlabIncludeKind[] = ['local', 'remote', 'project', 'template', 'component'];

/** The `include:` entries of one file, in order: a string, one mapping, or a list of both. */
export function readIncludes(document: GitlabDocument): GitlabInclude[] {
  const found = entry(document.entries, 'include');
  if (!found) return [];
  const file = document.file;
  const node = resolveNode(file.source, found.value);
  const items = isSeq(node) ? seqItems(file.source, node) : node ? [node] : [];
  const includeKey = keyOf(file, found);
  return items.flatMap((item) => readInclude({ file, node: item }, includeKey) ?? []);
}

function readInclude(value: NodeInFile, includeKey: GitlabInclude['key']): GitlabInclude | undefined {
  const scalar = readGitlabScalar(value);
  if (scalar) {
    // A bare string is a URL when it has a scheme, a repository path otherwise.
    const kind: GitlabIncludeKind = /^https?:\/\//i.test(scalar.value.trim()) ? 'remote' : 'local';
    return { kind, key: { name: kind, file: value.file, keySpan: scalar.span }, location: scalar, ref: undefined, files: [], integrity: undefined };
  }
  if (!isMap(resolveNode(value.file.source, value.node))) return undefined;
  const entries = readEntries(value);
  const field = (key: string) => {
    const found = entries.find((candidate) => candidate.item.key === key);
    return found ? { file: found.file, node: found.item.value } : undefined;
  };
  const kindEntry = entries.find((candidate) => (includeKinds as readonly string[]).includes(candidate.item.key));
  const kind = (kindEntry?.item.key as GitlabIncludeKind | undefined) ?? 'unknown';
  const firstEntry = kindEntry ?? entries[0];
  return {
    kind,
    key: firstEntry ? keyOf(firstEntry.file, firstEntry.item) : includeKey,
    location: kindEntry ? readGitlabScalar({ file: kindEntry.file, node: kindEntry.item.value }) : undefined,
    ref: readGitlabScalar(field('ref') ?? { file: value.file, node: undefined }),
    files: readScalarList(field('file'), (plain) => plain),
    integrity: readGitlabScalar(field('integrity') ?? { file: value.file, node: undefined }),
  };
}
