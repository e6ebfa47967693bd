import { formatBytes } from '../sources/read-text-file.ts';

const intervalMs = 200;

/** A single self-overwriting status line on stderr, only on a TTY and only for scans that take a while. */
export function createProgress(stderr: { write(text: string): void; isTTY?: boolean }, env: Record<string, string | undefined>) {
  const isEnabled = stderr.isTTY === true && !env.CI;
  let last = performance.now();
  let shown = false;
  return {
    update({ files, bytes, findings }: { files: number; bytes: number; findings: number; path: string }) {
      if (!isEnabled) return;
      const now = performance.now();
      if (now - last < intervalMs) return;
      last = now;
      shown = true;
      stderr.write(`\r\x1b[2Kscanning: ${files} files, ${formatBytes(bytes)}, ${findings} findings`);
    },
    done() {
      if (shown) stderr.write('\r\x1b[2K');
    },
  };
}
