import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The test password's bcrypt hash (cost 4), made once with `crypt` because the distribution
 * registry's htpasswd only accepts bcrypt and Node has no bcrypt built in. The password is fake.
 */
export const registryUser = 'rampart';
export const registryPassword = 'fake-registry-pass';
const htpasswdLine = 'rampart:$2b$04$q8h2FElmAxjkUq4eYW18Ue3V67b6uU3mItg92.1lMTgwsn4xh1NXi'; // rampart-ignore: bcrypt hash of a fake test password

export interface LocalRegistry {
  /** `127.0.0.1:PORT`, for references and `--insecure-registry`. */
  host: string;
  stop(): void;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Starts Debian's `docker-registry` (the reference distribution registry) on 127.0.0.1 with its
 * storage in a temporary folder, optionally behind htpasswd basic auth, and waits until it answers.
 */
export async function startLocalRegistry(options: { basicAuth?: boolean } = {}): Promise<LocalRegistry> {
  const root = mkdtempSync(join(tmpdir(), 'rampart-registry-'));
  const port = await freePort();
  const auth = options.basicAuth ? `auth:\n  htpasswd:\n    realm: rampart-test\n    path: ${join(root, 'htpasswd')}\n` : '';
  if (options.basicAuth) writeFileSync(join(root, 'htpasswd'), `${htpasswdLine}\n`);
  writeFileSync(join(root, 'config.yml'), `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${join(root, 'data')}\nhttp:\n  addr: 127.0.0.1:${port}\n${auth}`);
  const child: ChildProcess = spawn('docker-registry', ['serve', join(root, 'config.yml')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  const exited = new Promise<string>((resolve) => child.once('exit', (code) => resolve(`docker-registry exited (${code}): ${stderr}`)));
  const host = `127.0.0.1:${port}`;
  const stop = () => {
    child.kill();
    rmSync(root, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const ready = await fetch(`http://${host}/v2/`).then(
      () => true,
      () => false,
    );
    if (ready) return { host, stop };
    const failure = await Promise.race([exited, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 50))]);
    if (failure) throw new Error(failure);
  }
  stop();
  throw new Error(`docker-registry did not answer on ${host}: ${stderr}`);
}

/**
 * `skopeo copy` an OCI layout (a multi-platform index with `--all`) to the registry over plain
 * HTTP; `dockerV2` converts the manifests to Docker schema 2 (and an index to a manifest list).
 */
export function pushLayout(layout: string, destination: string, options: { credentials?: string; all?: boolean; dockerV2?: boolean } = {}): void {
  const args = ['copy', '--quiet', '--insecure-policy', '--dest-tls-verify=false', ...(options.all ? ['--all'] : []), ...(options.dockerV2 ? ['--format', 'v2s2'] : []), ...(options.credentials ? ['--dest-creds', options.credentials] : []), `oci:${layout}`, `docker://${destination}`];
  const result = spawnSync('skopeo', args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`skopeo ${args.join(' ')} failed: ${result.stderr || result.error?.message}`);
}
