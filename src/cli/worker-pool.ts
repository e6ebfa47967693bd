import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { processInProcess, type FileProcessor } from '../core/run-scan.ts';
import { startSiblingWorker } from '../core/start-worker.ts';
import type { FileOutcome, FileScanSettings } from '../core/scan-file.ts';
import type { SourceFile } from '../core/source-file.ts';

export interface WorkerInit {
  scannerNames: string[];
  scannerConfigs: Record<string, unknown>;
  showSecrets: boolean;
  maxFileBytes: number;
  /** Largest file read whole for a binary-parsing scanner. */
  maxBinaryFileBytes?: number;
  /** Root of the directory scan, so workers can give scanners the same related-file reader. */
  relatedRoot?: string;
}

export interface WorkerBatch {
  id: number;
  files: { diskPath: string; path: string }[];
}

export interface WorkerReply {
  id: number;
  outcomes: FileOutcome[];
}

/** With `--jobs` given, below this many files a scan stays in-process anyway. */
export const minFilesForAskedWorkers = 200;

/**
 * Without `--jobs`: the files a tree needs before workers pay for themselves. Each worker loads
 * the CLI and every rule again (about 0.5 s of CPU) and builds its own module and include
 * indexes, and only the other workers' share of the scan wins that back: measured on 2 vCPUs,
 * repositories of 400 to 2,100 files scanned 10% to 55% slower with 2 workers than in-process,
 * and a 4,200-file one 15% faster. More CPUs win it back sooner.
 */
export function minFilesForDefaultWorkers(jobs: number): number {
  return Math.max(minFilesForAskedWorkers, Math.round(2000 / Math.max(1, jobs - 1)));
}
const filesPerBatch = 32;
const batchesInFlightPerWorker = 3;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Spreads on-disk files over worker threads. Files without a disk path (stdin, git history)
 * and small scans are processed in-process.
 */
export function createWorkerPoolProcessor(jobs: number, init: WorkerInit, minFilesForWorkers = minFilesForAskedWorkers): FileProcessor {
  return async function* processWithWorkers(files: AsyncIterable<SourceFile>, settings: FileScanSettings): AsyncGenerator<FileOutcome> {
    const iterator = files[Symbol.asyncIterator]();
    const head: SourceFile[] = [];
    let exhausted = false;
    while (head.length < minFilesForWorkers) {
      const next = await iterator.next();
      if (next.done) {
        exhausted = true;
        break;
      }
      head.push(next.value);
    }
    if (exhausted || jobs <= 1) {
      yield* processInProcess(concat(head, exhausted ? undefined : iterator), settings);
      return;
    }
    yield* runPool(concat(head, iterator), jobs, init, settings);
  };
}

async function* concat(head: SourceFile[], rest: AsyncIterator<SourceFile> | undefined): AsyncGenerator<SourceFile> {
  yield* head;
  if (!rest) return;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

async function* runPool(files: AsyncIterable<SourceFile>, jobs: number, init: WorkerInit, settings: FileScanSettings): AsyncGenerator<FileOutcome> {
  const workers = Array.from({ length: jobs }, () => startWorker(init));
  const waiting = new Map<number, { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }>();
  const load = new Map<Worker, number>(workers.map((worker) => [worker, 0]));
  for (const worker of workers) {
    worker.on('message', (reply: WorkerReply) => {
      load.set(worker, load.get(worker)! - 1);
      waiting.get(reply.id)?.resolve(reply);
      waiting.delete(reply.id);
    });
    worker.on('error', (error) => {
      for (const pending of waiting.values()) pending.reject(error);
      waiting.clear();
    });
  }
  // Replies are yielded as they arrive, so one slow batch never leaves the other workers idle.
  const inFlight = new Map<number, Promise<WorkerReply>>();
  let nextId = 0;
  const dispatch = (batch: { diskPath: string; path: string }[]) => {
    const worker = [...load.entries()].sort((a, b) => a[1] - b[1])[0]![0];
    load.set(worker, load.get(worker)! + 1);
    const id = nextId++;
    inFlight.set(
      id,
      new Promise<WorkerReply>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, files: batch } satisfies WorkerBatch);
      }),
    );
  };
  const takeFirstReply = async (): Promise<FileOutcome[]> => {
    const reply = await Promise.race(inFlight.values());
    inFlight.delete(reply.id);
    return reply.outcomes;
  };
  try {
    let batch: { diskPath: string; path: string }[] = [];
    for await (const file of files) {
      if (!file.diskPath) {
        yield* processInProcess(single(file), settings);
        continue;
      }
      batch.push({ diskPath: file.diskPath, path: file.path });
      if (batch.length < filesPerBatch) continue;
      dispatch(batch);
      batch = [];
      // Bound memory: once every worker has a few batches queued, wait for any one to finish.
      while (inFlight.size >= jobs * batchesInFlightPerWorker) yield* await takeFirstReply();
    }
    if (batch.length > 0) dispatch(batch);
    while (inFlight.size > 0) yield* await takeFirstReply();
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function startWorker(init: WorkerInit): Worker {
  return startSiblingWorker(import.meta.url, 'scan-worker', init);
}

async function* single(file: SourceFile): AsyncGenerator<SourceFile> {
  yield file;
}
