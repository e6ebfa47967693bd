import type { RelatedFileReader } from '../../../../core/source-file.ts';
import { directoryOf, isTerraformSource } from './load-module.ts';
import { isLocalModuleSource, joinModulePath } from './module-paths.ts';

/** Most files listed when indexing module calls; a tree beyond that is indexed partly. */
const MAX_INDEXED_FILES = 50_000;

// A top-level module block's first line: `module "name" {` (the label may be bare).
const MODULE_BLOCK = /^module\s+"?[\w-]+"?\s*\{/gm;
// The end of a top-level block: a closing brace at the start of a line.
const BLOCK_END = /^\}/m;
// `source = "./path"` or `source = "../path"` inside the block.
const LOCAL_SOURCE = /^\s*source\s*=\s*"(\.\.?\/[^"]*)"/m;

/**
 * Directories of the scan tree that other directories call as local modules and that are reached
 * from a root module (one nobody calls). Their resources are reported through those calls, with
 * the callers' arguments, not again on their own; a directory only reached through a cycle stays
 * a root so its resources are still checked. Found by a text search of every `.tf` file, which
 * is cheap next to parsing; an unusual layout at worst reports a module twice.
 */
export function calledModuleDirectories(related: RelatedFileReader): Set<string> {
  const calls = new Map<string, Set<string>>();
  const directories = new Set<string>();
  for (const path of related.list('', { recursive: true, maxEntries: MAX_INDEXED_FILES })) {
    if (!isTerraformSource(path)) continue;
    const directory = directoryOf(path);
    directories.add(directory);
    const text = related.read(path);
    if (text === undefined || !text.includes('module')) continue;
    for (const target of localModuleTargets(directory, text)) {
      const targets = calls.get(directory) ?? new Set<string>();
      targets.add(target);
      calls.set(directory, targets);
    }
  }
  const called = new Set([...calls.values()].flatMap((targets) => [...targets]));
  const roots = [...directories].filter((directory) => !called.has(directory));
  const reached = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    for (const target of calls.get(queue.pop()!) ?? []) {
      if (reached.has(target) || roots.includes(target)) continue;
      reached.add(target);
      queue.push(target);
    }
  }
  return reached;
}

function localModuleTargets(directory: string, text: string): string[] {
  const targets: string[] = [];
  for (const match of text.matchAll(MODULE_BLOCK)) {
    const rest = text.slice(match.index + match[0].length);
    const end = BLOCK_END.exec(rest);
    const block = end ? rest.slice(0, end.index) : rest;
    const source = LOCAL_SOURCE.exec(block)?.[1];
    if (source === undefined || !isLocalModuleSource(source)) continue;
    const target = joinModulePath(directory, source);
    if (target !== undefined && target !== directory) targets.push(target);
  }
  return targets;
}
