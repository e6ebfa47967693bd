import type { ScanError } from '../../core/finding.ts';
import type { ByteRanges, SourceFile } from '../../core/source-file.ts';
import { installedTextParsers, lockfileParsers } from './ecosystems/index.ts';
import type { BinaryClaims } from '../../core/scanner.ts';
import { isBinaryParser, type BinaryPackageParser, type InventoryNotice, type InventoryPackage, type LockfileParser, type LockfileParseResult, type PackageParser } from './inventory-package.ts';

export interface Inventory {
  packages: InventoryPackage[];
  errors: ScanError[];
  notices: InventoryNotice[];
  /** Lockfiles and manifests that were parsed, repo-relative. */
  files: string[];
}

/** The parser that claims a path, if any; the registry order decides when two could. */
export function parserFor(path: string): PackageParser | undefined {
  return (lockfileParsers as readonly PackageParser[]).find((parser) => parser.claims(path));
}

/**
 * A lockfile or manifest: a file that says which packages a project asks for, not which are
 * installed. Image scans leave these out (see skippedLockfilesMessage).
 */
export function isDeclaredPackageFile(path: string): boolean {
  const parser = parserFor(path);
  return parser !== undefined && !isBinaryParser(parser) && !installedTextParsers.has(parser);
}

/**
 * Why an image's lockfiles were not read. As Trivy does for images, the packages counted are the
 * installed ones (package databases, node_modules, site-packages, gemspecs, archives): a lockfile
 * beside node_modules lists the same packages a second time, and lists dev or optional ones never installed.
 */
export function skippedLockfilesMessage(paths: readonly string[]): string {
  const listed = paths.slice(0, 3).join(', ');
  const more = paths.length > 3 ? ` and ${paths.length - 3} more` : '';
  return `${paths.length} lockfile(s) and manifest(s) in the image were not read for packages (${listed}${more}): an image is judged by the packages installed in it, which a lockfile would list a second time or list without their being installed`;
}

/** The text parser that claims a path. */
export function textParserFor(path: string): LockfileParser | undefined {
  const parser = parserFor(path);
  return parser && !isBinaryParser(parser) ? parser : undefined;
}

/** The binary parser that claims a path. */
export function binaryParserFor(path: string): BinaryPackageParser | undefined {
  const parser = parserFor(path);
  return parser && isBinaryParser(parser) ? parser : undefined;
}

const headParsers = (lockfileParsers as readonly PackageParser[]).filter((parser): parser is BinaryPackageParser => isBinaryParser(parser) && parser.claimsHead !== undefined);

/**
 * Every binary parser that claims a file no parser claims by path, from its first bytes. All of
 * them parse it: one executable may hold Go build info, a cargo-auditable list, or neither.
 */
export function binaryParsersForHead(path: string, head: Uint8Array): BinaryPackageParser[] {
  return headParsers.filter((parser) => parser.claimsHead!(path, head));
}

/** Whether every parser that claims files by their first bytes can also read by ranges (the deps scanner then offers scanByteRanges). */
export const everyHeadParserReadsRanges = headParsers.length > 0 && headParsers.every((parser) => parser.parseRanges !== undefined);

/** What the binary parsers claim, for sources that decide while streaming which files to keep whole. */
export const inventoryBinaryClaims: BinaryClaims = {
  path: (path) => binaryParserFor(path) !== undefined,
  ...(headParsers.length > 0 ? { head: (path: string, head: Uint8Array) => binaryParsersForHead(path, head).length > 0 } : {}),
};

/** Parses one binary file; a parser that throws (a bug, or input it did not expect) becomes a ScanError naming the file. */
export function parseBinaryInput(parser: BinaryPackageParser, file: Pick<SourceFile, 'path' | 'related'>, bytes: Uint8Array): LockfileParseResult {
  try {
    return parser.parseBytes({ path: file.path, bytes, ...(file.related ? { related: file.related } : {}) });
  } catch (cause) {
    return { packages: [], errors: [{ path: file.path, code: 'RAMPART_E_PARSE', message: `${parser.id}: ${(cause as Error).message}` }], notices: [] };
  }
}

/** True when every parser can read by ranges, so a file on disk need not be read whole. */
export function allReadRanges(parsers: readonly BinaryPackageParser[]): boolean {
  return parsers.every((parser) => parser.parseRanges !== undefined);
}

/** As parseBinaryInputs, through range reads; only for parsers that all have parseRanges. */
export function parseRangeInputs(parsers: readonly BinaryPackageParser[], file: Pick<SourceFile, 'path' | 'related'>, ranges: ByteRanges): LockfileParseResult {
  return mergeResults(parsers.map((parser) => {
    try {
      return parser.parseRanges!({ path: file.path, ranges, ...(file.related ? { related: file.related } : {}) });
    } catch (cause) {
      return { packages: [], errors: [{ path: file.path, code: 'RAMPART_E_PARSE', message: `${parser.id}: ${(cause as Error).message}` }], notices: [] };
    }
  }));
}

/** Parses one binary file with each parser that claims it; a truncated executable two parsers reject is one error, not two. */
export function parseBinaryInputs(parsers: readonly BinaryPackageParser[], file: Pick<SourceFile, 'path' | 'related'>, bytes: Uint8Array): LockfileParseResult {
  return mergeResults(parsers.map((parser) => parseBinaryInput(parser, file, bytes)));
}

function mergeResults(results: readonly LockfileParseResult[]): LockfileParseResult {
  const merged: LockfileParseResult = { packages: [], errors: [], notices: [] };
  for (const result of results) {
    merged.packages.push(...result.packages);
    merged.errors.push(...result.errors.filter((error) => !merged.errors.some((seen) => seen.path === error.path && seen.message === error.message)));
    merged.notices.push(...result.notices);
  }
  return merged;
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
    let result;
    try {
      result = await readAndParse(file);
    } catch (cause) {
      inventory.errors.push({ path: file.path, code: 'RAMPART_E_READ', message: (cause as Error).message });
      continue;
    }
    if (!result) continue;
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

/** Dispatches one file: text parsers by path, binary parsers by path and then by first bytes; undefined when none parses it. */
async function readAndParse(file: SourceFile): Promise<LockfileParseResult | undefined> {
  const parser = parserFor(file.path);
  if (parser && !isBinaryParser(parser)) {
    const text = await file.read();
    return text === null ? undefined : parseLockfile(parser, file, text.text);
  }
  if (!file.readBytes) return undefined;
  let binaries = parser ? [parser] : [];
  if (binaries.length === 0 && headParsers.length > 0 && file.readHead) binaries = binaryParsersForHead(file.path, await file.readHead());
  if (binaries.length === 0) return undefined;
  if (!parser && file.withByteRanges && allReadRanges(binaries)) {
    const parsed = await file.withByteRanges((ranges) => parseRangeInputs(binaries, file, ranges));
    return parsed ?? undefined;
  }
  const bytes = await file.readBytes();
  return bytes === null ? undefined : parseBinaryInputs(binaries, file, bytes);
}
