import type { ScanError } from '../../core/finding.ts';
import type { Ecosystem, InventoryPackage } from '../../core/package-inventory.ts';
import type { RelatedFileReader } from '../../core/source-file.ts';

/** The package model lives in core so the SBOM writers (report layer) can read it; re-exported for the parsers. */
export type { Ecosystem, InventoryLocation, InventoryPackage, UnresolvedReason } from '../../core/package-inventory.ts';

/** Things worth telling that are neither a package nor an error (an include that was not followed, a skipped workspace). */
export interface InventoryNotice {
  path: string;
  line?: number;
  message: string;
}

export interface LockfileInput {
  /** Repo-relative POSIX path. */
  path: string;
  text: string;
  /** Other files of the same tree (a package.json beside yarn.lock, `-r` includes); absent outside directory scans. */
  related?: RelatedFileReader;
}

export interface LockfileParseResult {
  packages: InventoryPackage[];
  /** Per-file problems; a malformed file yields an error with its line, never an exception. */
  errors: ScanError[];
  notices: InventoryNotice[];
}

/** One lockfile or manifest format. Its folder `ecosystems/<id>/` holds the parser and its fixtures. */
export interface LockfileParser {
  /** Kebab-case; equals the folder name. */
  readonly id: string;
  readonly ecosystem: Ecosystem;
  /** Decided from the repo-relative path alone, so dispatch never reads a file it will not parse. */
  claims(path: string): boolean;
  parse(input: LockfileInput): LockfileParseResult;
}
