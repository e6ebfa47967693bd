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
}

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
  // indexOf runs natively (memchr); a JS loop over 8 KiB per file showed up in profiles.
  return Buffer.from(buffer.buffer, buffer.byteOffset, Math.min(buffer.length, 8192)).indexOf(0) !== -1;
}
