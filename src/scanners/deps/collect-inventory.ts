import type { ScanError } from '../../core/finding.ts';
import type { SourceFile } from '../../core/source-file.ts';
import { lockfileParsers } from './ecosystems/index.ts';
import type { InventoryNotice, InventoryPackage, LockfileParser, LockfileParseResult } from './inventory-package.ts';

export interface Inventory {
  packages: InventoryPackage[];
  errors: ScanError[];
  notices: InventoryNotice[];
  /** Lockfiles and manifests that were parsed, repo-relative. */
  files: string[];
}

/** The parser that claims a path, if any; the registry order decides when two could. */
export function parserFor(path: string): LockfileParser | undefined {
  return lockfileParsers.find((parser) => parser.claims(path));
}

/** Parses one file's text; a parser that throws (a bug) becomes a ScanError so the rest goes on. */
export function parseLockfile(parser: LockfileParser, file: Pick<SourceFile, 'path' | 'related'>, text: string): LockfileParseResult {
  try {
    return parser.parse({ path: file.path, text, ...(file.related ? { related: file.related } : {}) });
  } catch (cause) {
    return { packages: [], errors: [{ path: file.path, code: 'RAMPART_E_PARSE', message: `${parser.id}: ${(cause as Error).message}` }], notices: [] };
  }
}

/** Every package declared by the lockfiles and manifests among `files`, in file order. */
export async function collectInventory(files: AsyncIterable<SourceFile> | Iterable<SourceFile>): Promise<Inventory> {
  const inventory: Inventory = { packages: [], errors: [], notices: [], files: [] };
  const seen = new Set<string>();
  for await (const file of files) {
    if (file.isDiffFragment) continue;
    const parser = parserFor(file.path);
    if (!parser) continue;
    let text;
    try {
      text = await file.read();
    } catch (cause) {
      inventory.errors.push({ path: file.path, code: 'RAMPART_E_READ', message: (cause as Error).message });
      continue;
    }
    if (text === null) continue;
    const result = parseLockfile(parser, file, text.text);
    inventory.files.push(file.path);
    for (const item of result.packages) {
      // A file included by another (`-r base.txt`) that is also read on its own yields the same entries twice.
      const key = `${item.ecosystem}\u0000${item.name}\u0000${item.version}\u0000${item.location.path}\u0000${item.location.startLine}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inventory.packages.push(item);
    }
    inventory.errors.push(...result.errors);
    inventory.notices.push(...result.notices);
  }
  return inventory;
}
