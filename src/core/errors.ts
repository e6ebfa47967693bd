/** Every fatal, user-facing error code. README lists them; keep both in sync (a test checks). */
export const errorCodes = {
  RAMPART_E_USAGE: { exitCode: 2, summary: 'A flag or argument is invalid.' },
  RAMPART_E_CONFIG: { exitCode: 2, summary: 'The config file is missing, unreadable or invalid.' },
  RAMPART_E_BASELINE: { exitCode: 2, summary: 'The baseline file is unreadable or not a rampart baseline.' },
  RAMPART_E_TARGET: { exitCode: 2, summary: 'The scan target does not exist or is not the expected kind.' },
  RAMPART_E_GIT: { exitCode: 2, summary: 'git is missing, the path is not a repository, or a revision is unknown.' },
  RAMPART_E_DB: { exitCode: 2, summary: 'The vulnerability database is missing, corrupt or of another schema version, or an import source is unusable.' },
  RAMPART_E_IMAGE: { exitCode: 2, summary: 'The container image is malformed, fails digest verification, or exceeds a safety limit.' },
  RAMPART_E_REGISTRY: { exitCode: 2, summary: 'An image could not be pulled from a registry (unreachable, refused credentials, unknown manifest, digest or size mismatch).' },
  RAMPART_E_NETWORK: { exitCode: 2, summary: 'A download failed (unreachable, HTTP error, cut short, or too large).' },
  RAMPART_E_OUTPUT: { exitCode: 2, summary: 'The report could not be written.' },
  RAMPART_E_INTERNAL: { exitCode: 3, summary: 'A bug in rampart; please report it.' },
} as const;

export type ErrorCode = keyof typeof errorCodes;

/** Per-file problems: reported as ScanError values, never thrown past a scanner. */
export const scanErrorCodes = {
  RAMPART_E_READ: 'The file could not be read (permissions, vanished, I/O error).',
  RAMPART_E_PARSE: 'The file could not be parsed.',
  RAMPART_E_RULE: 'A rule threw an exception on this file; other rules still ran.',
  RAMPART_E_TIMEOUT: 'A rule exceeded its time budget on this file.',
  RAMPART_E_SYMLINK: 'A symlink points outside the scanned root or loops.',
} as const;

export type ScanErrorCode = keyof typeof scanErrorCodes;

export class RampartError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly file: string | undefined;
  readonly line: number | undefined;

  constructor(code: ErrorCode, message: string, options: { hint?: string; file?: string; line?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'RampartError';
    this.code = code;
    this.hint = options.hint;
    this.file = options.file;
    this.line = options.line;
  }

  get exitCode(): number {
    return errorCodes[this.code].exitCode;
  }
}
