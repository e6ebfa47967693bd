import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread from the module `name` next to `callerUrl` (pass import.meta.url). Built
 * code loads `name.js` directly; from TypeScript sources (tests, tsx) the worker first registers
 * tsx's loader, which worker threads do not inherit.
 */
export function startSiblingWorker(callerUrl: string, name: string, workerData: unknown): Worker {
  const extension = extname(fileURLToPath(callerUrl));
  const workerUrl = new URL(`./${name}${extension}`, callerUrl);
  if (extension === '.js') return new Worker(workerUrl, { workerData });
  const bootstrap = `(async () => { const { register } = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}); register(); await import(${JSON.stringify(workerUrl.href)}); })();`;
  return new Worker(bootstrap, { eval: true, workerData });
}
