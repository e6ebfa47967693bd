import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { requireTool } from './debian-rootfs.ts';
import { run } from './pack-image.ts';

export interface LocalRegistry {
  /** `127.0.0.1:PORT`. */
  host: string;
  stop: () => Promise<void>;
}

/** Debian's `docker-registry` (the reference distribution registry) on 127.0.0.1, storing under `dir`, plain HTTP. */
export async function startLocalRegistry(dir: string): Promise<LocalRegistry> {
  requireTool('docker-registry', 'docker-registry');
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  mkdirSync(join(dir, 'storage'), { recursive: true });
  const configPath = join(dir, 'config.yml');
  writeFileSync(configPath, ['version: 0.1', 'log:', '  level: warn', 'storage:', '  filesystem:', `    rootdirectory: ${join(dir, 'storage')}`, 'http:', `  addr: ${host}`, ''].join('\n'));
  const child = spawn('docker-registry', ['serve', configPath], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderr.length < 20_000) stderr += chunk.toString();
  });
  await waitUntilServing(host, child, () => stderr);
  return { host, stop: () => stopChild(child) };
}

/** Pushes an OCI layout's image to the registry with skopeo (plain HTTP). */
export function pushToRegistry(ociImage: string, reference: string): void {
  requireTool('skopeo', 'skopeo');
  run('skopeo', ['--insecure-policy', 'copy', '--quiet', '--dest-tls-verify=false', `oci:${ociImage}`, `docker://${reference}`]);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no TCP port for the local registry');
  return address.port;
}

/** The registry answers `GET /v2/` with 200 once it serves; a few seconds at most. */
async function waitUntilServing(host: string, child: ChildProcess, stderr: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with ${child.exitCode}:\n${stderr()}`);
    try {
      const response = await fetch(`http://${host}/v2/`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`docker-registry did not answer on ${host} within 10 s:\n${stderr()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
}
