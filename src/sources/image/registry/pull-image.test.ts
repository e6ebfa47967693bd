import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RampartError } from '../../../core/errors.ts';
import { writeOciLayout } from '../fixtures/build-image.ts';
import { defaultImageLimits } from '../image-limits.ts';
import { openImage } from '../open-image.ts';
import { parseImageReference } from './image-reference.ts';
import { pullImage, type PullOptions } from './pull-image.ts';

/** A handler returns true when it answered; otherwise the plain registry behaviour answers. */
type Hook = (request: IncomingMessage, response: ServerResponse, registry: FakeRegistry) => boolean | Promise<boolean>;

interface FakeRegistry {
  host: string;
  blobs: Map<string, Buffer>;
  manifestDigest: string;
  /** The digest of the image's second layer, the one hooks misbehave on. */
  layer: string;
  requests: { path: string; authorization?: string | undefined }[];
  close(): Promise<void>;
}

const servers: Server[] = [];
after(() => {
  for (const server of servers) server.closeAllConnections();
  for (const server of servers) server.close();
});

const image = { layers: [{ entries: [{ name: 'app/main.js', content: 'console.log(1)\n' }] }, { entries: [{ name: 'etc/hostname', content: 'box\n'.repeat(5000) }] }] };

async function listen(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<{ server: Server; host: string }> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, host: `127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A minimal distribution API on 127.0.0.1 serving one OCI image as test/app:1, with hooks for hostile behaviour. */
async function fakeRegistry(hook: Hook = () => false): Promise<FakeRegistry> {
  const built = await writeOciLayout(image);
  const blobs = new Map([...built.blobs].map(([digest, bytes]) => [`sha256:${digest}`, bytes]));
  const registry: FakeRegistry = { host: '', blobs, manifestDigest: `sha256:${built.manifestDigest}`, layer: built.layerDigests[1]!, requests: [], close: async () => {} };
  const { server, host } = await listen((request, response) => {
    registry.requests.push({ path: request.url ?? '', authorization: request.headers.authorization });
    void (async () => {
      if (await hook(request, response, registry)) return;
      const path = request.url ?? '';
      if (path === '/v2/') return void response.end('{}');
      const manifest = /^\/v2\/test\/app\/manifests\/(.+)$/.exec(path);
      if (manifest) {
        const digest = manifest[1] === '1' ? registry.manifestDigest : manifest[1]!;
        const bytes = blobs.get(digest);
        if (!bytes) return void response.writeHead(404, { 'content-type': 'application/json' }).end('{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}');
        return void response.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json', 'docker-content-digest': digest }).end(bytes);
      }
      const blob = /^\/v2\/test\/app\/blobs\/(sha256:[a-f0-9]{64})$/.exec(path);
      const bytes = blob ? blobs.get(blob[1]!) : undefined;
      if (bytes) return void response.writeHead(200, { 'content-length': bytes.length }).end(bytes);
      response.writeHead(404).end();
    })();
  });
  registry.host = host;
  registry.close = () => new Promise((resolve) => server.close(() => resolve()));
  return registry;
}

const layerDigest = (registry: FakeRegistry) => registry.layer;
const isBlob = (request: IncomingMessage, digest: string) => request.url === `/v2/test/app/blobs/${digest}`;

function options(registry: FakeRegistry, extra: Partial<PullOptions> = {}): PullOptions {
  return { insecureRegistries: [registry.host], limits: defaultImageLimits, timing: { timeoutMs: 300, attempts: 3, backoffMs: 1 }, ...extra };
}

async function pull(registry: FakeRegistry, extra: Partial<PullOptions> = {}, reference = `${registry.host}/test/app:1`) {
  return pullImage(parseImageReference(reference)!, options(registry, extra));
}

async function refusal(promise: Promise<unknown>): Promise<RampartError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof RampartError, `expected a RampartError, got ${String(error)}`);
  return error;
}

describe('pullImage against a well-behaved registry', () => {
  it('stages a verified OCI layout that opens like a local one, and removes it on cleanup', async () => {
    const registry = await fakeRegistry();
    const progress: number[] = [];
    const pulled = await pull(registry, { onProgress: (state) => progress.push(state.layersDone) });
    assert.equal(statSync(pulled.path).mode & 0o777, 0o700, 'the staging folder is private');
    const opened = await openImage(pulled.path, { limits: defaultImageLimits });
    assert.equal(opened.layers.length, 2);
    assert.equal(pulled.digest, registry.manifestDigest);
    assert.equal(progress.at(-1), 2);
    pulled.cleanup();
    assert.equal(existsSync(pulled.path), false);
  });

  it('pulls by digest and refuses a manifest whose bytes do not hash to it', async () => {
    const registry = await fakeRegistry();
    const pulled = await pull(registry, {}, `${registry.host}/test/app@${registry.manifestDigest}`);
    pulled.cleanup();
    const altered = await fakeRegistry((request, response, self) => {
      if (request.url !== `/v2/test/app/manifests/${self.manifestDigest}`) return false;
      response.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' }).end(`${self.blobs.get(self.manifestDigest)!.toString()} `);
      return true;
    });
    const error = await refusal(pull(altered, {}, `${altered.host}/test/app@${altered.manifestDigest}`));
    assert.equal(error.code, 'RAMPART_E_REGISTRY');
    assert.match(error.message, /does not match its digest/);
  });

  it('names an unknown manifest and refuses schema 1', async () => {
    const registry = await fakeRegistry((request, response) => {
      if (request.url !== '/v2/test/app/manifests/old') return false;
      response.writeHead(200, { 'content-type': 'application/vnd.docker.distribution.manifest.v1+prettyjws' }).end('{"schemaVersion":1,"fsLayers":[]}');
      return true;
    });
    const unknown = await refusal(pull(registry, {}, `${registry.host}/test/app:2`));
    assert.match(unknown.message, new RegExp(`^${registry.host}/test/app: manifest unknown.*MANIFEST_UNKNOWN`));
    const schema1 = await refusal(pull(registry, {}, `${registry.host}/test/app:old`));
    assert.match(schema1.message, /schema 1/);
  });
});

describe('pullImage: authentication', () => {
  const credentials = { username: 'ci', password: 'fake-registry-password', source: 'the test' };

  /** Bearer challenge on every unauthenticated request; the token service wants `ci`'s basic credentials. */
  function bearerHook(tokenStatus: number, acceptToken = true): Hook {
    return (request, response, self) => {
      if (request.url?.startsWith('/token')) {
        const url = new URL(request.url, 'http://x');
        const expected = `Basic ${Buffer.from('ci:fake-registry-password').toString('base64')}`;
        if (tokenStatus !== 200 || request.headers.authorization !== expected || url.searchParams.get('scope') !== 'repository:test/app:pull' || url.searchParams.get('service') !== 'fake') return void response.writeHead(tokenStatus === 200 ? 401 : tokenStatus).end(), true;
        return void response.end(JSON.stringify({ access_token: 'fake-token-1' })), true;
      }
      if (acceptToken && request.headers.authorization === 'Bearer fake-token-1') return false;
      response.writeHead(401, { 'www-authenticate': `Bearer realm="http://${self.host}/token",service="fake"`, 'content-type': 'application/json' }).end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
      return true;
    };
  }

  it('follows the bearer challenge: token from the realm with basic credentials, then Bearer on every request', async () => {
    const registry = await fakeRegistry(bearerHook(200));
    const pulled = await pull(registry, { credentials });
    pulled.cleanup();
    const tokenRequests = registry.requests.filter((request) => request.path.startsWith('/token'));
    assert.equal(tokenRequests.length, 1, 'one token serves the whole pull');
    const blobRequests = registry.requests.filter((request) => request.path.includes('/blobs/'));
    assert.ok(blobRequests.length >= 3 && blobRequests.every((request) => request.authorization === 'Bearer fake-token-1'));
  });

  it('says clearly when the token service refuses the credentials, without printing them', async () => {
    const registry = await fakeRegistry(bearerHook(401));
    const error = await refusal(pull(registry, { credentials }));
    assert.match(error.message, /token service .* answered HTTP 401: it refused the credentials from the test/);
    assert.match(error.hint ?? '', /RAMPART_REGISTRY_USERNAME/);
    assert.ok(!`${error.message}${error.hint}`.includes('fake-registry-password'));
  });

  it('says clearly when the registry refuses the token it was given', async () => {
    const registry = await fakeRegistry(bearerHook(200, false));
    const error = await refusal(pull(registry, { credentials }));
    assert.match(error.message, /refused the token/);
    assert.ok(!error.message.includes('fake-token-1'));
  });

  it('sends basic credentials to a Basic registry, and asks for a login without them', async () => {
    const expected = `Basic ${Buffer.from('ci:fake-registry-password').toString('base64')}`;
    const registry = await fakeRegistry((request, response) => {
      if (request.headers.authorization === expected) return false;
      response.writeHead(401, { 'www-authenticate': 'Basic realm="fake"' }).end();
      return true;
    });
    (await pull(registry, { credentials })).cleanup();
    const error = await refusal(pull(registry));
    assert.match(error.message, /requires a login \(HTTP 401\)/);
  });
});

describe('pullImage: a hostile or failing registry', () => {
  it('times out on a blob that stalls midway, retries, then fails naming it', async () => {
    const registry = await fakeRegistry((request, response, self) => {
      if (!isBlob(request, layerDigest(self))) return false;
      const bytes = self.blobs.get(layerDigest(self))!;
      response.writeHead(200, { 'content-length': bytes.length });
      response.write(bytes.subarray(0, 100));
      return true;
    });
    const error = await refusal(pull(registry, { timing: { timeoutMs: 150, attempts: 2, backoffMs: 1 } }));
    assert.match(error.message, /downloading layer \d .* failed after 2 attempts: .*no answer from 127\.0\.0\.1:\d+ for 150 ms/);
    assert.equal(registry.requests.filter((request) => request.path.includes(layerDigest(registry))).length, 2);
  });

  it('retries a truncated body and refuses a Content-Length that disagrees with the manifest', async () => {
    const truncated = await fakeRegistry((request, response, self) => {
      if (!isBlob(request, layerDigest(self))) return false;
      const bytes = self.blobs.get(layerDigest(self))!;
      response.writeHead(200, { 'content-length': bytes.length });
      response.write(bytes.subarray(0, 50), () => response.destroy());
      return true;
    });
    const cut = await refusal(pull(truncated));
    assert.match(cut.message, /failed after 3 attempts: .*cut short/);
    const lying = await fakeRegistry((request, response, self) => {
      if (!isBlob(request, layerDigest(self))) return false;
      const bytes = self.blobs.get(layerDigest(self))!;
      response.writeHead(200, { 'content-length': bytes.length + 10 }).end(Buffer.concat([bytes, Buffer.alloc(10)]));
      return true;
    });
    const size = await refusal(pull(lying));
    assert.match(size.message, /announced as \d+ bytes, but the manifest says/);
    assert.equal(lying.requests.filter((request) => request.path.includes(layerDigest(lying))).length, 1, 'a size mismatch is not retried');
  });

  it('resumes a cut-short blob with a Range request for the missing bytes only', async () => {
    const ranges: (string | undefined)[] = [];
    const registry = await fakeRegistry((request, response, self) => {
      if (!isBlob(request, layerDigest(self))) return false;
      const bytes = self.blobs.get(layerDigest(self))!;
      ranges.push(request.headers.range);
      const start = Number(/^bytes=(\d+)-$/.exec(request.headers.range ?? '')?.[1] ?? Number.NaN);
      if (Number.isNaN(start)) {
        response.writeHead(200, { 'content-length': bytes.length });
        response.write(bytes.subarray(0, 50), () => response.destroy());
      } else {
        response.writeHead(206, { 'content-length': bytes.length - start, 'content-range': `bytes ${start}-${bytes.length - 1}/${bytes.length}` }).end(bytes.subarray(start));
      }
      return true;
    });
    const pulled = await pull(registry);
    assert.deepEqual(ranges, [undefined, 'bytes=50-']);
    const opened = await openImage(pulled.path, { limits: defaultImageLimits });
    assert.equal(opened.layers[1]?.digest, registry.layer, 'the resumed blob verified against its digest');
    pulled.cleanup();
  });

  it('refuses a blob whose bytes do not match its digest', async () => {
    const registry = await fakeRegistry((request, response, self) => {
      if (!isBlob(request, layerDigest(self))) return false;
      const bytes = Buffer.from(self.blobs.get(layerDigest(self))!);
      bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
      response.writeHead(200, { 'content-length': bytes.length }).end(bytes);
      return true;
    });
    const error = await refusal(pull(registry));
    assert.match(error.message, /layer \d does not match its digest: expected sha256:[a-f0-9]{64}, got sha256:/);
  });

  it('retries a 500 and succeeds; honours Retry-After on 429 within the cap', async () => {
    let failures = 0;
    const registry = await fakeRegistry((request, response, self) => {
      if (!isBlob(request, layerDigest(self)) || failures >= 2) return false;
      failures += 1;
      if (failures === 1) response.writeHead(500).end();
      else response.writeHead(429, { 'retry-after': '7' }).end();
      return true;
    });
    const waits: number[] = [];
    const pulled = await pull(registry, { timing: { timeoutMs: 300, attempts: 3, backoffMs: 5, maxRetryAfterMs: 2000 }, sleep: async (ms) => void waits.push(ms) });
    pulled.cleanup();
    assert.deepEqual(waits, [5, 2000], 'exponential backoff after the 500, then Retry-After (7 s) cut to the 2 s cap');
  });

  it('refuses redirects to another host for manifests, and for blobs unless that host is HTTPS or named insecure', async () => {
    const other = await listen((request, response) => {
      other.seen.push(request.headers.authorization ?? '');
      const digest = /sha256:[a-f0-9]{64}/.exec(request.url ?? '')?.[0] ?? '';
      const bytes = blobSource.get(digest);
      if (bytes) response.writeHead(200, { 'content-length': bytes.length }).end(bytes);
      else response.writeHead(404).end();
    }).then((listening) => ({ ...listening, seen: [] as string[] }));
    let blobSource = new Map<string, Buffer>();
    const manifestRedirect = await fakeRegistry((request, response) => {
      if (!request.url?.includes('/manifests/')) return false;
      response.writeHead(307, { location: `http://${other.host}${request.url}` }).end();
      return true;
    });
    const manifestError = await refusal(pull(manifestRedirect, { insecureRegistries: [manifestRedirect.host, other.host] }));
    assert.match(manifestError.message, /redirected .* to another host .*only for blob downloads/);

    const blobRedirect = await fakeRegistry((request, response) => {
      if (!request.url?.includes('/blobs/')) return false;
      response.writeHead(302, { location: `http://${other.host}/cdn${request.url}?signature=fake-signature` }).end();
      return true;
    });
    blobSource = blobRedirect.blobs;
    const blobError = await refusal(pull(blobRedirect));
    assert.match(blobError.message, new RegExp(`redirected a blob download to http://${other.host}, which is not HTTPS`));
    assert.ok(!blobError.message.includes('fake-signature'), 'signed URLs are not printed');
    assert.equal(other.seen.length, 0, 'the other host was not contacted');
    (await pull(blobRedirect, { insecureRegistries: [blobRedirect.host, other.host] })).cleanup();
    assert.ok(other.seen.length >= 3 && other.seen.every((authorization) => authorization === ''), 'no credentials go to a redirect target');
  });

  it('leaves nothing in the temporary folder when a pull fails midway', async () => {
    const registry = await fakeRegistry((request, response, self) => {
      if (!isBlob(request, layerDigest(self))) return false;
      response.writeHead(404).end();
      return true;
    });
    const privateTmp = mkdtempSync(join(tmpdir(), 'rampart-pull-tmp-'));
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = privateTmp;
    try {
      const error = await refusal(pull(registry));
      assert.match(error.message, /blob unknown/);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
    assert.deepEqual(readdirSync(privateTmp), []);
    rmSync(privateTmp, { recursive: true });
  });

  it('refuses more layers than the limit before downloading any', async () => {
    const registry = await fakeRegistry();
    const error = await refusal(pull(registry, { limits: { ...defaultImageLimits, maxLayers: 1 } }));
    assert.equal(error.code, 'RAMPART_E_IMAGE');
    assert.equal(registry.requests.filter((request) => request.path.includes('/blobs/')).length, 0);
  });
});
