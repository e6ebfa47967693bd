import { parentPort, workerData } from 'node:worker_threads';
import { collectStderr, spawnGit, type GitInvocation } from './git-command.ts';
import { AddedLinesParser, type AddedLines, type DiffCommit } from './unified-diff-parser.ts';

export interface DiffWorkerData {
  args: string[];
  invocation: GitInvocation;
  maxFileBytes: number;
  /** Parsed bytes the main thread may have outstanding before git is paused. */
  maxInFlightBytes: number;
}

/** One file's added lines, in a shape that crosses the thread boundary. */
export interface ParsedFile {
  commit: DiffCommit | undefined;
  path: string;
  isBinary: boolean;
  content: Uint8Array;
  lineNumbers: number[];
  droppedBytes: number;
}

export type DiffWorkerMessage =
  | { type: 'files'; files: ParsedFile[]; bytes: number }
  | { type: 'end'; exitCode: number; stderr: string }
  | { type: 'spawn-error'; message: string; code: string | undefined };

export type DiffWorkerCommand = { type: 'ack'; bytes: number } | { type: 'stop' };

/**
 * Runs git and the diff parser off the main thread. The main thread scans synchronously for long
 * stretches; if it also read git's pipe, git would stall whenever the 64 KiB pipe filled. Here the
 * pipe is drained continuously, and git pauses only when the scan falls maxInFlightBytes behind.
 */
function runDiffWorker(data: DiffWorkerData): void {
  const port = parentPort!;
  const child = spawnGit(data.args, data.invocation);
  const stderr = collectStderr(child.stderr);
  const parser = new AddedLinesParser(data.maxFileBytes);
  let inFlightBytes = 0;
  const send = (files: AddedLines[]) => {
    if (files.length === 0) return;
    const parsed = files.map(toParsedFile);
    const bytes = parsed.reduce((total, file) => total + file.content.length, 0);
    inFlightBytes += bytes;
    port.postMessage({ type: 'files', files: parsed, bytes } satisfies DiffWorkerMessage);
  };
  child.stdout.on('data', (chunk: Buffer) => {
    send(parser.push(chunk));
    if (inFlightBytes > data.maxInFlightBytes) child.stdout.pause();
  });
  child.stdout.once('end', () => send(parser.end()));
  child.once('error', (error: NodeJS.ErrnoException) => {
    port.postMessage({ type: 'spawn-error', message: error.message, code: error.code } satisfies DiffWorkerMessage);
    port.close();
  });
  child.once('close', (code) => {
    port.postMessage({ type: 'end', exitCode: code ?? 1, stderr: stderr() } satisfies DiffWorkerMessage);
    port.close();
  });
  port.on('message', (command: DiffWorkerCommand) => {
    if (command.type === 'stop') {
      child.kill();
      port.close();
      return;
    }
    inFlightBytes -= command.bytes;
    if (inFlightBytes <= data.maxInFlightBytes / 2 && child.stdout.isPaused()) child.stdout.resume();
  });
}

function toParsedFile(file: AddedLines): ParsedFile {
  return {
    commit: file.commit,
    path: file.path,
    isBinary: file.isBinary,
    content: Buffer.concat(file.chunks, file.bytes),
    lineNumbers: file.lineNumbers,
    droppedBytes: file.droppedBytes,
  };
}

if (parentPort) runDiffWorker(workerData as DiffWorkerData);
