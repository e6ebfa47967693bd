/** What a labelled line holds: a credential a scanner must report, or a trap it must leave alone. */
export type LabelType = 'secret' | 'trap';

export interface EntryLabel {
  type: LabelType;
  /** Secret kind (github-token, generic-hex32 …) or trap kind (placeholder, lockfile-integrity …). */
  kind: string;
}

/** One labelled line of the corpus. Secrets are never stored in full: `preview` is prefix + length. */
export interface LineLabel extends EntryLabel {
  /** POSIX path relative to the scanned root. */
  path: string;
  /** 1-based line. */
  line: number;
  /** The file's syntax, for per-syntax figures. */
  syntax: string;
  preview: string;
  /** History labels only: the commit that added the line. */
  commit?: string;
}

export interface CorpusFile {
  path: string;
  syntax: string;
}

/** labels.json: everything the scorer needs, written next to the corpus. */
export interface CorpusLabels {
  generatorVersion: number;
  seed: number;
  repositories: number;
  files: CorpusFile[];
  labels: LineLabel[];
  history: { path: string; commits: number; labels: LineLabel[] };
}

/** Prefix and length only, the way reports redact: never keep a full fake secret in labels or output. */
export function previewOf(value: string): string {
  return `${value.slice(0, 4)}…(${value.length})`;
}
