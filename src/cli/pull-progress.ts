import type { PullProgress } from '../sources/image/registry/pull-image.ts';
import { formatBytes } from '../sources/read-text-file.ts';

const intervalMs = 200;

/** A self-overwriting `pulling: 2/5 layers, 31.4 MiB` line on stderr, only on a TTY outside CI; silent otherwise. */
export function createPullProgress(stderr: { write(text: string): void; isTTY?: boolean }, env: Record<string, string | undefined>, quiet: boolean) {
  const isEnabled = !quiet && stderr.isTTY === true && !env.CI;
  let last = 0;
  let shown = false;
  return {
    update(progress: PullProgress) {
      if (!isEnabled) return;
      const now = performance.now();
      const finished = progress.layersDone === progress.layersTotal;
      if (!finished && now - last < intervalMs) return;
      last = now;
      shown = true;
      stderr.write(`\r\x1b[2Kpulling: ${progress.layersDone}/${progress.layersTotal} layers, ${formatBytes(progress.bytes)}`);
    },
    done() {
      if (shown) stderr.write('\r\x1b[2K');
      shown = false;
    },
  };
}

/** `--insecure-registry` is repeatable; commander calls this once per use. */
export function collectRegistry(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
