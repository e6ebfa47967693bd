import type { Readable } from 'node:stream';
import ignore from 'ignore';
import { RampartError } from '../core/errors.ts';
import type { ScanError, ScanNotice } from '../core/finding.ts';
import type { SourceFile, SourceText } from '../core/source-file.ts';
import { collectStderr, gitComplaint, gitSpawnError, spawnGit, type GitInvocation } from './git-command.ts';
import { formatBytes } from './read-text-file.ts';
import { AddedLinesParser, type AddedLines } from './unified-diff-parser.ts';

export interface GitSourceReport {
  notices: ScanNotice[];
  errors: ScanError[];
  skipped: number;
}

export interface GitSource {
  files: AsyncIterable<SourceFile>;
  report(): GitSourceReport;
}

export interface DiffStreamOptions {
  maxFileBytes: number;
  /** Config exclude patterns (.gitignore syntax), matched against repo-relative paths. */
  exclude: readonly string[];
  /** Names the command in error messages, e.g. "git log". */
  command: string;
}

const utf8 = new TextDecoder('utf-8');

/**
 * How much of git's output may wait in memory. A pipe holds only 64 KiB, so without this git
 * would stop whenever the scan is busy and the two would take turns instead of running at once.
 */
const readAheadBytes = 8 * 1024 * 1024;

/**
 * Runs one git diff-producing command and yields, per file (per commit for history), a source
 * file holding only its added lines. Git's stdout is read as a stream with backpressure: git
 * waits while the scan catches up, and the whole log is never in memory.
 */
export async function* streamAddedLines(args: readonly string[], invocation: GitInvocation, options: DiffStreamOptions, report: GitSourceReport): AsyncGenerator<SourceFile> {
  const child = spawnGit(args, invocation);
  const stderr = collectStderr(child.stderr);
  const exited = new Promise<number>((resolve, reject) => {
    child.once('error', (error) => reject(gitSpawnError(error)));
    child.once('close', (code) => resolve(code ?? 1));
  });
  // Observed below; this keeps an early spawn failure from counting as unhandled meanwhile.
  exited.catch(() => undefined);
  const parser = new AddedLinesParser(options.maxFileBytes);
  const isExcluded = buildExcludeMatcher(options.exclude);
  let isDone = false;
  try {
    for await (const chunk of readAhead(child.stdout, readAheadBytes)) yield* toSourceFiles(parser.push(chunk), isExcluded, options, report);
    yield* toSourceFiles(parser.end(), isExcluded, options, report);
    const exitCode = await exited;
    isDone = true;
    if (exitCode !== 0) {
      throw new RampartError('RAMPART_E_GIT', `${options.command} failed: ${gitComplaint(stderr())}`, {
        hint: 'run `git fsck` on the repository; a shallow or partial clone may lack the objects history needs',
      });
    }
  } finally {
    // The consumer stopped early (an error elsewhere): do not leave git writing into a full pipe.
    if (!isDone) child.kill();
  }
}

function* toSourceFiles(files: AddedLines[], isExcluded: (path: string) => boolean, options: DiffStreamOptions, report: GitSourceReport): Generator<SourceFile> {
  for (const file of files) {
    if (isExcluded(file.path)) continue;
    if (file.isBinary) {
      report.skipped++;
      continue;
    }
    if (file.droppedBytes > 0) report.notices.push(tooLargeNotice(file, options.maxFileBytes));
    if (file.bytes > 0) yield toSourceFile(file);
  }
}

function toSourceFile(file: AddedLines): SourceFile {
  const { commit, chunks, bytes, lineNumbers } = file;
  return {
    path: file.path,
    ...(commit ? { origin: { commit: commit.sha, ...(commit.author ? { author: commit.author } : {}), ...(commit.date ? { date: commit.date } : {}) } } : {}),
    size: bytes,
    read: async (): Promise<SourceText> => ({
      text: utf8.decode(Buffer.concat(chunks, bytes)),
      bytes,
      // The text is the added lines only; its line n is the nth added line of the real file.
      lineMap: (line) => lineNumbers[line - 1] ?? lineNumbers[lineNumbers.length - 1] ?? line,
    }),
  };
}

function tooLargeNotice(file: AddedLines, maxFileBytes: number): ScanNotice {
  const where = file.commit ? `in commit ${file.commit.sha.slice(0, 12)}, ` : '';
  return {
    path: file.path,
    code: 'RAMPART_N_FILE_TOO_LARGE',
    message: `${where}added lines over the ${formatBytes(maxFileBytes)} limit: ${formatBytes(file.droppedBytes)} of them were not scanned (raise maxFileBytes in the config or --max-file-bytes to scan them)`,
  };
}

function buildExcludeMatcher(patterns: readonly string[]): (path: string) => boolean {
  if (patterns.length === 0) return () => false;
  const matcher = ignore().add([...patterns]);
  return (path) => {
    try {
      return matcher.ignores(path);
    } catch {
      // ignore() rejects paths it cannot treat as relative; such a path matches no pattern.
      return false;
    }
  };
}

/** Reads a stream eagerly up to maxBytes ahead of the consumer, then applies backpressure. */
async function* readAhead(stream: Readable, maxBytes: number): AsyncGenerator<Buffer> {
  const queue: Buffer[] = [];
  let queuedBytes = 0;
  let isEnded = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  stream.on('data', (chunk: Buffer) => {
    queue.push(chunk);
    queuedBytes += chunk.length;
    if (queuedBytes >= maxBytes) stream.pause();
    notify();
  });
  stream.once('end', () => {
    isEnded = true;
    notify();
  });
  stream.once('error', (error) => {
    failure = error;
    notify();
  });
  while (true) {
    const chunk = queue.shift();
    if (chunk) {
      queuedBytes -= chunk.length;
      if (queuedBytes < maxBytes / 2 && stream.isPaused()) stream.resume();
      yield chunk;
      continue;
    }
    if (failure) throw failure;
    if (isEnded) return;
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
  }
}
