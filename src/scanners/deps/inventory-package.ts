import type { ScanError } from '../../core/finding.ts';
import type { Ecosystem, InventoryPackage } from '../../core/package-inventory.ts';
import type { ByteRanges, RelatedFileReader } from '../../core/source-file.ts';

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

/** A binary package input: the file's raw bytes instead of its text. */
export interface BinaryInput {
  /** Repo-relative POSIX path (inside an image: the path in the image). */
  path: string;
  bytes: Uint8Array;
  /** Other files of the same tree (os-release beside an rpm database); absent outside directory and image scans. */
  related?: RelatedFileReader;
}

/** A binary package input read by ranges instead of whole. */
export interface RangesInput {
  path: string;
  ranges: ByteRanges;
  related?: RelatedFileReader;
}

/**
 * A package format stored in binary files: rpm databases, Java archives, executables with build
 * information. The contract, in short:
 * - `claims(path)` decides from the path alone (`var/lib/rpm/rpmdb.sqlite`, `*.jar`); only claimed
 *   files are read as bytes, so a tree of binaries costs nothing for parsers that want none.
 * - `claimsHead(path, head)`, optional, claims files of any name by their first `headBytes` bytes
 *   (ELF, Mach-O, PE magic). It is asked only about files no parser claimed by path and whose
 *   content is binary or over the text size limit.
 * - `parseBytes` gets the whole file, up to `maxBinaryFileBytes` (config; default 256 MiB, bigger
 *   files are skipped with a RAMPART_N_FILE_TOO_LARGE notice). It never throws on bad input: a
 *   malformed file yields an error naming it, and the scan goes on. Packages are located at line 1
 *   (bytes have no lines), or at `archive.jar!/inner.jar`-style paths for nested contents.
 * Scans of directories (`scan`, `inventory`, `sbom`) and of images use the same parsers.
 */
export interface BinaryPackageParser {
  /** Kebab-case; equals the folder name. */
  readonly id: string;
  /** The ecosystem of its fixtures; OS parsers pick the distribution's own from os-release. */
  readonly ecosystem: Ecosystem;
  claims(path: string): boolean;
  claimsHead?(path: string, head: Uint8Array): boolean;
  parseBytes(input: BinaryInput): LockfileParseResult;
  /**
   * Optional, for parsers claiming by head: the same result from range reads of a file on disk,
   * so a large executable that holds nothing for this parser costs its headers, not its size.
   */
  parseRanges?(input: RangesInput): LockfileParseResult;
}

/** Every registered parser: text lockfiles and manifests, or binary package inputs. */
export type PackageParser = LockfileParser | BinaryPackageParser;

export function isBinaryParser(parser: PackageParser): parser is BinaryPackageParser {
  return 'parseBytes' in parser;
}
