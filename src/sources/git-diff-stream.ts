import type { Worker } from 'node:worker_threads';
import ignore from 'ignore';
import { RampartError } from '../core/errors.ts';
import { startSiblingWorker } from '../core/start-worker.ts';
import type { ScanError, ScanNotice } from '../core/finding.ts';
import type { SourceFile, SourceText } from '../core/source-file.ts';
import { gitComplaint, gitSpawnError, type GitInvocation } from './git-command.ts';
import type { DiffWorkerCommand, DiffWorkerData, DiffWorkerMessage, ParsedFile } from './git-diff-worker.ts';
import { formatBytes } from './read-text-file.ts';

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

/** Parsed added lines that may wait for the scan; beyond this git is paused. */
const maxInFlightBytes = 32 * 1024 * 1024;
const ackEveryBytes = 4 * 1024 * 1024;

/**
 * Runs one git diff-producing command and yields, per file (per commit for history), a source
 * file holding only its added lines. Git and the parser run in a worker thread so git keeps
 * going while this thread scans; memory stays bounded by maxInFlightBytes plus one file.
 */
export async function* streamAddedLines(args: readonly string[], invocation: GitInvocation, options: DiffStreamOptions, report: GitSourceReport): AsyncGenerator<SourceFile> {
  const data: DiffWorkerData = { args: [...args], invocation: { ...invocation, env: { ...invocation.env } }, maxFileBytes: options.maxFileBytes, maxInFlightBytes };
  const worker = startDiffWorker(data);
  const messages = messageQueue(worker);
  const isExcluded = buildExcludeMatcher(options.exclude);
  let isDone = false;
  let unackedBytes = 0;
  try {
    while (true) {
      const message = await messages.next();
      if (message.type === 'spawn-error') throw gitSpawnError(Object.assign(new Error(message.message), { code: message.code }));
      if (message.type === 'end') {
        isDone = true;
        if (message.exitCode === 0) return;
        throw new RampartError('RAMPART_E_GIT', `${options.command} failed: ${gitComplaint(message.stderr)}`, {
          hint: 'run `git fsck` on the repository; a shallow or partial clone may lack the objects history needs',
        });
      }
      yield* toSourceFiles(message.files, isExcluded, options, report);
      // Acknowledged in batches: one message per parsed chunk would cost more than the parsing.
      // No deadlock: the worker pauses only past maxInFlightBytes, far above ackEveryBytes.
      unackedBytes += message.bytes;
      if (unackedBytes >= ackEveryBytes) {
        worker.postMessage({ type: 'ack', bytes: unackedBytes } satisfies DiffWorkerCommand);
        unackedBytes = 0;
      }
    }
  } finally {
    // The consumer stopped early (an error elsewhere): stop git rather than leave it running.
    if (!isDone) worker.postMessage({ type: 'stop' } satisfies DiffWorkerCommand);
    await worker.terminate();
  }
}

function startDiffWorker(data: DiffWorkerData): Worker {
  return startSiblingWorker(import.meta.url, 'git-diff-worker', data);
}

/** Worker messages as an awaitable queue; a crashed worker becomes an error. */
function messageQueue(worker: Worker): { next(): Promise<DiffWorkerMessage> } {
  const queue: DiffWorkerMessage[] = [];
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  worker.on('message', (message: DiffWorkerMessage) => {
    queue.push(message);
    notify();
  });
  worker.once('error', (error) => {
    failure = error;
    notify();
  });
  worker.once('exit', (code) => {
    failure ??= new Error(`git reader thread exited (code ${code}) before git finished`);
    notify();
  });
  return {
    async next() {
      while (true) {
        const message = queue.shift();
        if (message) return message;
        if (failure) throw failure;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
  };
}

function* toSourceFiles(files: ParsedFile[], isExcluded: (path: string) => boolean, options: DiffStreamOptions, report: GitSourceReport): Generator<SourceFile> {
  for (const file of files) {
    if (isExcluded(file.path)) continue;
    if (file.isBinary) {
      report.skipped++;
      continue;
    }
    if (file.droppedBytes > 0) report.notices.push(tooLargeNotice(file, options.maxFileBytes));
    if (file.content.length > 0) yield toSourceFile(file);
  }
}

function toSourceFile(file: ParsedFile): SourceFile {
  const { commit, content, lineNumbers } = file;
  return {
    path: file.path,
    isDiffFragment: true,
    ...(commit ? { origin: { commit: commit.sha, ...(commit.author ? { author: commit.author } : {}), ...(commit.date ? { date: commit.date } : {}) } } : {}),
    size: content.length,
    read: async (): Promise<SourceText> => ({
      text: utf8.decode(content),
      bytes: content.length,
      // The text is the added lines only; its line n is the nth added line of the real file.
      lineMap: (line) => lineNumbers[line - 1] ?? lineNumbers[lineNumbers.length - 1] ?? line,
    }),
  };
}

function tooLargeNotice(file: ParsedFile, maxFileBytes: number): ScanNotice {
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
