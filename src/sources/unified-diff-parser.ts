import { unquoteGitPath } from './git-quoted-path.ts';

export interface DiffCommit {
  sha: string;
  /** "Name <email>" as recorded in the commit. */
  author: string;
  /** Author date, strict ISO 8601. */
  date: string;
}

/** The lines one file gained in one commit (or in the index), ready to scan. */
export interface AddedLines {
  commit: DiffCommit | undefined;
  /** Path in the new version, repo-relative POSIX. */
  path: string;
  /** Git printed "Binary files … differ": no lines to scan. */
  isBinary: boolean;
  /** Added lines without their diff prefix, each still ending in its newline. */
  chunks: Buffer[];
  bytes: number;
  /** 1-based line number in the new file of each added line, in order. */
  lineNumbers: number[];
  /** Bytes of added lines left out because this file went over the size limit. */
  droppedBytes: number;
}

type Mode = 'between-files' | 'file-header' | 'hunk';

const newline = 0x0a;
const plus = 0x2b;
const minus = 0x2d;
const space = 0x20;
const backslash = 0x5c;
const at = 0x40;
/** Marks the commit line of our `git log --format`; no other line of a diff starts with NUL. */
const commitMarker = 0x00;

/** A line longer than this waits to be classified before more of it is kept in memory. */
const classifyAfterBytes = 64 * 1024;
/** Header and commit lines are short; a longer one is cut to this (only its start matters). */
const maxHeaderLineBytes = 1024 * 1024;
/** What is kept of a line whose content is not needed: enough for the diff prefix. */
const headBytes = 256;

/**
 * Streams `git log -p` / `git diff` output (unified, -U0, with or without --cc) and collects the
 * added lines of each file with their new-file line numbers. It works on Buffers and looks only at
 * the first bytes of each line, so it costs little next to git itself, and it never holds more
 * than one file's added lines (capped by maxFileBytes) plus one partial line.
 */
export class AddedLinesParser {
  private readonly maxFileBytes: number;
  private commit: DiffCommit | undefined;
  private file: AddedLines | undefined;
  private mode: Mode = 'between-files';
  /** Columns of +/-/space before each hunk line: 1, or the parent count of a combined diff. */
  private parents = 1;
  private nextLineNumber = 0;
  private ready: AddedLines[] = [];
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Bytes the pending line may grow to before only its head is kept; 0 until classified. */
  private pendingLimit = 0;
  private pendingOmitted = 0;

  constructor(maxFileBytes: number) {
    this.maxFileBytes = maxFileBytes;
  }

  /** Feeds the next chunk of git's stdout; returns the files it completed. */
  push(chunk: Buffer): AddedLines[] {
    let start = 0;
    if (this.pending.length > 0) {
      const end = chunk.indexOf(newline);
      if (end === -1) {
        this.extendPending(chunk);
        return this.take();
      }
      this.extendPending(chunk.subarray(0, end + 1));
      this.finishPending();
      start = end + 1;
    }
    while (start < chunk.length) {
      const end = chunk.indexOf(newline, start);
      if (end === -1) {
        this.extendPending(chunk.subarray(start));
        break;
      }
      this.onLine(chunk.subarray(start, end + 1), 0);
      start = end + 1;
    }
    return this.take();
  }

  /** Call once git's stdout has ended. */
  end(): AddedLines[] {
    if (this.pending.length > 0) this.finishPending();
    this.flushFile();
    return this.take();
  }

  private take(): AddedLines[] {
    const ready = this.ready;
    this.ready = [];
    return ready;
  }

  private extendPending(piece: Buffer): void {
    if (this.pendingOmitted > 0) {
      this.pendingOmitted += piece.length;
      return;
    }
    this.pending.push(piece);
    this.pendingBytes += piece.length;
    if (this.pendingBytes <= classifyAfterBytes) return;
    if (this.pendingLimit === 0) {
      const whole = Buffer.concat(this.pending);
      this.pending = [whole];
      this.pendingLimit = this.lineLimit(whole);
    }
    if (this.pendingBytes > this.pendingLimit) {
      const head = Buffer.from(Buffer.concat(this.pending).subarray(0, headBytes));
      this.pendingOmitted = this.pendingBytes - head.length;
      this.pending = [head];
      this.pendingBytes = head.length;
    }
  }

  private finishPending(): void {
    const line = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending);
    const omitted = this.pendingOmitted;
    this.pending = [];
    this.pendingBytes = 0;
    this.pendingLimit = 0;
    this.pendingOmitted = 0;
    this.onLine(line, omitted);
  }

  /** How long a line may be, judged from its start: added lines up to the file's remaining budget. */
  private lineLimit(start: Buffer): number {
    if (this.mode !== 'hunk' || !isHunkLine(start[0])) return maxHeaderLineBytes;
    if (!this.isAddedLine(start) || !this.file) return headBytes;
    return Math.max(headBytes, this.maxFileBytes - this.file.bytes + this.parents + 1);
  }

  /** One line including its newline; `omitted` bytes of it were dropped to bound memory. */
  private onLine(line: Buffer, omitted: number): void {
    const first = line[0];
    if (first === commitMarker) {
      this.flushFile();
      this.commit = parseCommitLine(line, omitted > 0);
      return;
    }
    if (this.mode === 'hunk' && isHunkLine(first)) {
      this.onHunkLine(line, omitted);
      return;
    }
    if (first === at && line[1] === at) {
      this.startHunk(line);
      return;
    }
    if (startsWith(line, 'diff ')) {
      this.flushFile();
      this.startFile();
      return;
    }
    if (this.mode !== 'file-header' || !this.file) return;
    if (startsWith(line, '+++ ')) this.file.path = parseNewPath(line);
    else if (startsWith(line, 'Binary files ')) {
      this.file.isBinary = true;
      this.file.path ||= parseBinaryPath(line);
    }
  }

  private startFile(): void {
    this.file = { commit: this.commit, path: '', isBinary: false, chunks: [], bytes: 0, lineNumbers: [], droppedBytes: 0 };
    this.mode = 'file-header';
    this.parents = 1;
  }

  /** "@@ -a,b +c,d @@", or "@@@ -a,b -c,d +e,f @@@" for a merge: one more @ than parents. */
  private startHunk(line: Buffer): void {
    if (!this.file) return;
    let ats = 0;
    while (line[ats] === at) ats++;
    this.parents = ats - 1;
    const newRange = line.indexOf(' +', ats, 'latin1');
    let lineNumber = 0;
    const digitsEnd = newRange === -1 ? 0 : line.length;
    for (let i = newRange + 2; i < digitsEnd; i++) {
      const digit = line[i]! - 0x30;
      if (digit < 0 || digit > 9) break;
      lineNumber = lineNumber * 10 + digit;
    }
    this.nextLineNumber = lineNumber;
    this.mode = 'hunk';
  }

  private onHunkLine(line: Buffer, omitted: number): void {
    if (line[0] === backslash) return;
    if (this.parents === 1) {
      if (line[0] === minus) return;
      const lineNumber = this.nextLineNumber++;
      if (line[0] === plus) this.addLine(line.subarray(1), lineNumber, omitted);
      return;
    }
    // Combined diff: a line is in the merge result unless some parent column says "-"; it is
    // new in the merge itself only when every column says "+". Lines taken from one side were
    // already seen in that side's own commits.
    let isInResult = true;
    let isNewInMerge = true;
    for (let column = 0; column < this.parents; column++) {
      if (line[column] === minus) isInResult = false;
      if (line[column] !== plus) isNewInMerge = false;
    }
    if (!isInResult) return;
    const lineNumber = this.nextLineNumber++;
    if (isNewInMerge) this.addLine(line.subarray(this.parents), lineNumber, omitted);
  }

  private isAddedLine(line: Buffer): boolean {
    for (let column = 0; column < this.parents; column++) if (line[column] !== plus) return false;
    return true;
  }

  private addLine(content: Buffer, lineNumber: number, omitted: number): void {
    const file = this.file;
    if (!file || file.isBinary) return;
    const size = content.length + omitted;
    if (omitted > 0 || file.droppedBytes > 0 || file.bytes + size > this.maxFileBytes) {
      file.droppedBytes += size;
      return;
    }
    file.chunks.push(content);
    file.bytes += size;
    file.lineNumbers.push(lineNumber);
  }

  private flushFile(): void {
    const file = this.file;
    this.file = undefined;
    this.mode = 'between-files';
    if (!file || file.path === '') return;
    if (file.isBinary || file.bytes > 0 || file.droppedBytes > 0) this.ready.push(file);
  }
}

function isHunkLine(first: number | undefined): boolean {
  return first === plus || first === minus || first === space || first === backslash;
}

function startsWith(line: Buffer, prefix: string): boolean {
  if (line.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (line[i] !== prefix.charCodeAt(i)) return false;
  return true;
}

/** "\0<sha>\0<name> <email>\0<iso date>"; split on the first and last NUL so odd names survive. */
function parseCommitLine(line: Buffer, isTruncated: boolean): DiffCommit {
  // The line ending, if the line has one.
  const text = line.toString('utf8').replace(/\r?\n$/, '');
  const afterSha = text.indexOf('\0', 1);
  const beforeDate = text.lastIndexOf('\0');
  const sha = text.slice(1, afterSha === -1 ? undefined : afterSha);
  if (afterSha === -1 || beforeDate <= afterSha) return { sha, author: '', date: '' };
  return { sha, author: text.slice(afterSha + 1, beforeDate), date: isTruncated ? '' : text.slice(beforeDate + 1) };
}

/** "+++ b/path", "+++ \"b/quoted\"", or "+++ /dev/null" for a deleted file (''). */
function parseNewPath(line: Buffer): string {
  let end = line.length;
  if (line[end - 1] === newline) end--;
  const field = line.subarray(4, end);
  if (field[0] === 0x22) return stripPrefix(unquoteGitPath(field));
  const raw = field.toString('utf8');
  if (raw === '/dev/null') return '';
  // Git ends the name with a tab when it contains a space, as GNU diff does.
  return stripPrefix(raw.endsWith('\t') ? raw.slice(0, -1) : raw);
}

/**
 * "Binary files a/P and b/P differ" (or "/dev/null and b/P"): binaries have no +++ line. The
 * path only names the skipped file, so a best effort is enough when a name contains " and ".
 */
function parseBinaryPath(line: Buffer): string {
  // The line ending, if the line has one.
  const middle = line.toString('utf8').replace(/\r?\n$/, '').slice('Binary files '.length, -' differ'.length);
  const added = '/dev/null and ';
  if (middle.startsWith(added)) return unquoteField(middle.slice(added.length));
  const half = (middle.length - ' and '.length) / 2;
  if (Number.isInteger(half) && middle.slice(2, half) === middle.slice(half + 7)) return stripPrefix(middle.slice(half + 5));
  return unquoteField(middle.slice(middle.lastIndexOf(' and ') + 5));
}

function unquoteField(field: string): string {
  return field.startsWith('"') ? stripPrefix(unquoteGitPath(Buffer.from(field))) : stripPrefix(field);
}

function stripPrefix(path: string): string {
  return path.startsWith('b/') ? path.slice(2) : path;
}
