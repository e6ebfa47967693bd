import { parentPort, workerData } from 'node:worker_threads';
import { indexRules, readAndScanFile, type FileOutcome, type FileScanSettings } from '../core/scan-file.ts';
import type { SourceFile } from '../core/source-file.ts';
import { scannerFactories } from '../scanners/index.ts';
import { defaultMaxBinaryFileBytes } from '../core/source-file.ts';
import { readBinaryFile, readFileHead, withFileRanges } from '../sources/read-binary-file.ts';
import { readTextFileSync } from '../sources/read-text-file.ts';
import { createRelatedFileReader } from '../sources/related-file-reader.ts';
import type { WorkerBatch, WorkerInit, WorkerReply } from './worker-pool.ts';

/** A scan worker: builds the same scanners as the main thread, then reads and scans batches of files. */
const init = workerData as WorkerInit;
const scanners = await Promise.all(
  scannerFactories.filter((factory) => init.scannerNames.includes(factory.name)).map((factory) => factory.create(init.scannerConfigs[factory.name] ?? {})),
);
const settings: FileScanSettings = { scanners, rulesByKey: indexRules(scanners), showSecrets: init.showSecrets };
const related = init.relatedRoot === undefined ? undefined : createRelatedFileReader(init.relatedRoot, init.maxFileBytes);

parentPort!.on('message', async (batch: WorkerBatch) => {
  const outcomes: FileOutcome[] = [];
  for (const entry of batch.files) outcomes.push(await scanDiskFile(entry.diskPath, entry.path));
  const reply: WorkerReply = { id: batch.id, outcomes };
  parentPort!.postMessage(reply);
});

async function scanDiskFile(diskPath: string, path: string): Promise<FileOutcome> {
  const notices: FileOutcome['notices'] = [];
  const file: SourceFile = {
    path,
    diskPath,
    ...(related ? { related } : {}),
    read: async () => {
      const taken = related?.takeText(path);
      if (taken) return taken;
      const result = readTextFileSync(diskPath, path, init.maxFileBytes);
      if (result.notice) notices.push(result.notice);
      return result.text;
    },
    readBytes: async () => {
      const result = await readBinaryFile(diskPath, path, init.maxBinaryFileBytes ?? defaultMaxBinaryFileBytes);
      if (result.notice) notices.push(result.notice);
      return result.bytes;
    },
    readHead: () => readFileHead(diskPath),
    withByteRanges: (use) => withFileRanges(diskPath, use),
  };
  const outcome = await readAndScanFile(file, settings);
  outcome.notices.push(...notices);
  return outcome;
}
