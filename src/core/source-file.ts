/** The path under which a container image's own configuration (Env, User, Labels, history) is scanned. */
export const imageConfigPath = '<image config>';

/** One unit of bytes to scan, wherever it came from (directory, git history, stdin, image layer). */
export interface SourceFile {
  /** Repo-relative POSIX path. */
  path: string;
  origin?: SourceOrigin;
  /** Absolute path when the bytes are a plain file on disk, so a worker thread can read it itself. */
  diskPath?: string;
  /**
   * True when read() returns only the lines a diff added (git history, staged changes), not the
   * whole file. Scanners that parse a file's structure (workflows, IaC) must not claim these.
   */
  isDiffFragment?: boolean;
  /** Size in bytes when known before reading. */
  size?: number;
  /**
   * Other files of the same scan target, for scanners that follow references between files
   * (GitLab `include: local`, local reusable workflows). Only directory scans set it: a git
   * history, staged or stdin file has no consistent tree around it.
   */
  related?: RelatedFileReader;
  /** Returns the decoded text, or null when the content is binary. */
  read(): Promise<SourceText | null>;
  /**
   * The raw bytes, for scanners that parse binary inputs (see BinaryClaims in scanner.ts). Null
   * when the file is over the source's binary size limit (the source then records a
   * RAMPART_N_FILE_TOO_LARGE notice) or is no longer a regular file. Sources of partial files
   * (diff fragments, stdin) leave it out.
   */
  readBytes?(): Promise<Uint8Array | null>;
  /** The first `headBytes` bytes (fewer for a shorter file), so scanners can claim executables by their magic number. */
  readHead?(): Promise<Uint8Array>;
  /**
   * Random access to the bytes of a file on disk, open only while `use` runs; null when it is no
   * longer a regular file. Lets a scanner that needs a few ranges of a large binary (an
   * executable's section table and one section) skip reading it whole.
   */
  withByteRanges?<T>(use: (ranges: ByteRanges) => T): Promise<T | null>;
}

/** Synchronous reads of byte ranges of one file, as scanners are synchronous. */
export interface ByteRanges {
  readonly size: number;
  /** The bytes in [offset, offset + length); shorter only if the file shrank while being read. */
  read(offset: number, length: number): Uint8Array;
}

/** How many leading bytes `readHead` gives: enough for ELF, Mach-O, PE and zip magic numbers. */
export const headBytes = 64;

/**
 * Largest file read whole for a binary-parsing scanner (rpm databases, Java archives,
 * executables), unless the config's `maxBinaryFileBytes` says otherwise. Such files are read one
 * at a time per worker, so this bounds the memory one file can take.
 */
export const defaultMaxBinaryFileBytes = 256 * 1024 * 1024;

/**
 * Read access to files of the scan target by repo-relative POSIX path, with the source layer's
 * guards: paths with `..`, absolute paths and symlinks that leave the scanned root, the `.git`
 * directory, special files, binaries and files over the size limit all read as undefined.
 * Synchronous because scanners are; files read this way are small configuration files.
 */
export interface RelatedFileReader {
  read(repoRelativePath: string): string | undefined;
  /**
   * Repo-relative paths of the regular files under a directory (the root is ''), sorted; all
   * levels below when `recursive`. Stops after `maxEntries` paths so a huge tree stays cheap.
   */
  list(repoRelativeDirectory: string, options: { recursive: boolean; maxEntries: number }): string[];
}

export interface SourceOrigin {
  commit?: string;
  author?: string;
  date?: string;
  layer?: string;
  /**
   * The layer's diff id (sha256 of its uncompressed tar), the same whether the image comes as a
   * docker-archive, an OCI layout or from a registry; fingerprints use it so they match across formats.
   */
  layerDiffId?: string;
  /** The image history instruction that created the layer (`RUN apt-get install -y curl`). */
  layerCreatedBy?: string;
  /**
   * An image file a later layer deleted or replaced: it is not in the image's final filesystem.
   * Only scanners that look for leaked content (secrets) read these; inventories and
   * configuration checks judge the final filesystem.
   */
  isShadowed?: boolean;
}

export interface SourceText {
  text: string;
  bytes: number;
  /**
   * Line number (1-based) in the real file of the text's first line. Git history feeds only the
   * added hunks of a diff, so each hunk maps to its own lines.
   */
  lineMap?: (lineInText: number) => number;
}

/** NUL in the first 8 KiB marks a binary, as git and grep decide it. */
export function isBinaryBuffer(buffer: Uint8Array): boolean {
  // The typed array's own indexOf is a builtin loop; a JS loop over 8 KiB per file showed up in
  // profiles, and Buffer's indexOf adds argument handling that costs more than a small file's search.
  return new Uint8Array(buffer.buffer, buffer.byteOffset, Math.min(buffer.length, 8192)).indexOf(0) !== -1;
}
