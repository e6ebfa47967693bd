import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { run } from '../../src/cli/run.ts';
import { withBase62Crc32 } from '../../src/scanners/secrets/checksums.ts';

export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  stdin?: string;
  env?: Record<string, string | undefined>;
  isTTY?: boolean;
  now?: Date;
}

const absentCacheRoot = join(tmpdir(), `rampart-test-no-cache-${process.pid}`);

/** Runs the whole CLI in-process with captured output. */
export async function runCli(argv: string[], options: RunOptions): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (text: string) => void (stdout += text), isTTY: options.isTTY ?? false },
    stderr: { write: (text: string) => void (stderr += text), isTTY: false },
    stdin: Readable.from([Buffer.from(options.stdin ?? '')]),
    // PATH only: git must be found, and nothing else of the developer's environment should leak in;
    // a cache root that does not exist keeps a developer's own vulnerability database out of default scans.
    env: options.env ?? { PATH: process.env.PATH, XDG_CACHE_HOME: absentCacheRoot },
    cwd: options.cwd,
    now: () => options.now ?? new Date('2026-06-01T12:00:00Z'),
  });
  return { code, stdout, stderr };
}

/** A temp directory populated from a map of relative path → content. */
export function makeTree(files: Record<string, string>): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'rampart-test-'));
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(root, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** A checksum-valid fake GitHub token, built at run time so no token sits in the test source. */
export function fakeGithubToken(seed = 'Tq4Wm8Zr2Xp6Lk9Nv3Hb7Jd1Fs5Gc0'): string {
  return `ghp_${withBase62Crc32(seed)}`;
}
