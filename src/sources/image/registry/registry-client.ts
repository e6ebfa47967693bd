import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { RampartError } from '../../../core/errors.ts';
import type { ImageReference } from './image-reference.ts';
import { parseChallenge, type AuthChallenge } from './registry-challenge.ts';
import type { RegistryCredentials } from './registry-credentials.ts';
import { BodyTooLargeError, TlsError, TransientError, describeNetworkError, discardBody, parseRetryAfter, readBody, sendRequest } from './registry-request.ts';

export interface RegistryTiming {
  /** Silence allowed on a connection (connecting, waiting for an answer, or between body chunks). */
  timeoutMs: number;
  /** Tries per request, the first included. */
  attempts: number;
  /** First wait between tries; doubled each time. */
  backoffMs: number;
  /** Longest `Retry-After` honoured; longer asks are cut to this. */
  maxRetryAfterMs: number;
}

export const defaultRegistryTiming: RegistryTiming = { timeoutMs: 30_000, attempts: 4, backoffMs: 1_000, maxRetryAfterMs: 60_000 };

export interface RegistryClientOptions {
  /** Registries (`host` or `host:port`, as written in references) that are spoken to over plain HTTP. */
  insecureRegistries: readonly string[];
  credentials?: RegistryCredentials | undefined;
  maxMetadataBytes: number;
  timing?: Partial<RegistryTiming>;
  sleep?: (ms: number) => Promise<void>;
}

export interface FetchedManifest {
  bytes: Buffer;
  /** From `Content-Type`, without parameters. */
  mediaType: string;
  /** `Docker-Content-Digest`, when the registry sent one. */
  headerDigest?: string;
}

export interface BlobDescriptor {
  digest: string;
  size: number;
}

type RequestKind = 'api' | 'blob';

/** Every manifest kind rampart reads; schema 1 is deliberately absent (it is refused). */
export const manifestAccept = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

const maxRedirects = 5;
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/**
 * A client for one repository of one registry, speaking the OCI distribution API over HTTPS (plain
 * HTTP only for registries named as insecure). It contacts the registry host, the token realm the
 * registry names, and, for blobs only, the hosts the registry redirects blob downloads to.
 * Credentials go to the registry and its token realm, never to redirect targets.
 */
export class RegistryClient {
  private readonly origin: URL;
  private readonly timing: RegistryTiming;
  private readonly sleep: (ms: number) => Promise<void>;
  private authorization: string | undefined;
  private lastScheme: 'basic' | 'bearer' | undefined;

  constructor(
    private readonly reference: ImageReference,
    private readonly options: RegistryClientOptions,
  ) {
    const insecure = this.isInsecure(reference.registry) || this.isInsecure(reference.apiHost);
    this.origin = new URL(`${insecure ? 'http' : 'https'}://${reference.apiHost}`);
    this.timing = { ...defaultRegistryTiming, ...options.timing };
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** `GET /v2/`: checks the host is a registry and settles authentication before the first manifest. */
  async probe(): Promise<void> {
    await this.withRetries('contacting the registry', async () => discardBody(await this.get('/v2/', 'api', {})));
  }

  async fetchManifest(tagOrDigest: string): Promise<FetchedManifest> {
    return this.withRetries(`fetching manifest ${tagOrDigest}`, async () => {
      const response = await this.get(`/v2/${this.reference.repository}/manifests/${tagOrDigest}`, 'api', { accept: manifestAccept });
      const bytes = await this.readLimited(response, `manifest ${tagOrDigest}`);
      const mediaType = String(response.headers['content-type'] ?? '').split(';')[0]!.trim();
      const headerDigest = response.headers['docker-content-digest'];
      return { bytes, mediaType, ...(typeof headerDigest === 'string' ? { headerDigest: headerDigest.trim() } : {}) };
    });
  }

  /**
   * Streams a blob into `destination`, hashing as it goes: a body longer than the descriptor's
   * size is cut off at once, a shorter one is retried, and a digest mismatch is refused. A retry
   * asks for the missing bytes only (`Range`); a server that answers with the whole blob instead
   * is read from the start again.
   */
  async downloadBlob(descriptor: BlobDescriptor, destination: string, what: string, onBytes: (delta: number) => void = () => {}): Promise<void> {
    const partial = { hash: createHash('sha256'), received: 0 };
    await this.withRetries(`downloading ${what} (${descriptor.digest})`, async () => {
      const response = await this.get(`/v2/${this.reference.repository}/blobs/${descriptor.digest}`, 'blob', partial.received > 0 ? { range: `bytes=${partial.received}-` } : {});
      const resumed = partial.received > 0 && response.statusCode === 206 && rangeStart(response) === partial.received;
      if (!resumed) {
        onBytes(-partial.received);
        partial.hash = createHash('sha256');
        partial.received = 0;
      }
      const declared = Number(response.headers['content-length'] ?? Number.NaN);
      if (Number.isFinite(declared) && declared !== descriptor.size - partial.received) {
        response.destroy();
        throw this.error(`${what} (${descriptor.digest}) is announced as ${declared + partial.received} bytes, but the manifest says ${descriptor.size}`, 'the registry serves a different blob than the manifest describes; do not trust this image');
      }
      const file = openSync(destination, resumed ? 'a' : 'w', 0o600);
      // Written synchronously, so the bytes hashed are exactly the bytes on disk when a retry resumes.
      const sink = new Writable({
        write: (chunk: Buffer, _encoding, callback) => {
          if (partial.received + chunk.length > descriptor.size) return callback(this.error(`${what} (${descriptor.digest}) is longer than the ${descriptor.size} bytes the manifest says`, 'the registry serves a different blob than the manifest describes; do not trust this image'));
          try {
            writeSync(file, chunk);
          } catch (error) {
            return callback(error as Error);
          }
          partial.hash.update(chunk);
          partial.received += chunk.length;
          onBytes(chunk.length);
          callback();
        },
      });
      try {
        await pipeline(response, sink);
      } catch (error) {
        if (error instanceof RampartError || error instanceof TransientError) throw error;
        throw new TransientError(`${what} was cut short after ${partial.received} of ${descriptor.size} bytes: ${describeNetworkError(error)}`);
      } finally {
        closeSync(file);
      }
      if (partial.received !== descriptor.size) throw new TransientError(`${what} was cut short after ${partial.received} of ${descriptor.size} bytes`);
      const actual = `sha256:${partial.hash.digest('hex')}`;
      if (actual !== descriptor.digest) throw this.error(`${what} does not match its digest: expected ${descriptor.digest}, got ${actual}`, 'the blob was altered or corrupted in the registry or on the way; do not trust this image');
    });
  }

  /** One request with authentication and redirects settled; resolves with a 2xx response whose body the caller reads. */
  private async get(path: string, kind: RequestKind, headers: Record<string, string>): Promise<IncomingMessage> {
    let url = new URL(path, this.origin);
    let authenticated = false;
    for (let hops = 0; hops <= maxRedirects; ) {
      const sameOrigin = url.origin === this.origin.origin;
      const response = await sendRequest(url, { ...headers, ...(sameOrigin && this.authorization ? { authorization: this.authorization } : {}) }, this.timing.timeoutMs);
      const status = response.statusCode ?? 0;
      if (status >= 200 && status < 300) return response;
      if (redirectStatuses.has(status)) {
        discardBody(response);
        url = this.redirectTarget(url, response.headers.location, kind);
        hops += 1;
        continue;
      }
      if (status === 401 && sameOrigin && !authenticated) {
        discardBody(response);
        await this.authenticate(parseChallenge(response.headers['www-authenticate']));
        authenticated = true;
        continue;
      }
      throw await this.statusError(response, url, kind);
    }
    throw this.error(`more than ${maxRedirects} redirects for ${path}`, 'the registry is misconfigured');
  }

  /** Same-origin redirects are followed; other hosts only for blobs (digest-verified), over HTTPS or to a named insecure host. */
  private redirectTarget(from: URL, location: string | undefined, kind: RequestKind): URL {
    if (!location) throw this.error(`a redirect from ${from.pathname} has no Location`, 'the registry is misconfigured');
    let next: URL;
    try {
      next = new URL(location, from);
    } catch {
      throw this.error(`a redirect from ${from.pathname} names an invalid location`, 'the registry is misconfigured');
    }
    if (next.origin === this.origin.origin) return next;
    if (kind !== 'blob') throw this.error(`the registry redirected ${from.pathname} to another host (${next.host}); rampart follows redirects to other hosts only for blob downloads`, 'only the registry named in the reference is contacted for manifests');
    if (next.protocol === 'https:') return next;
    if (next.protocol === 'http:' && this.isInsecure(next.host)) return next;
    throw this.error(`the registry redirected a blob download to ${next.protocol}//${next.host}, which is not HTTPS`, `plain HTTP is used only for hosts named with --insecure-registry (e.g. --insecure-registry ${next.host})`);
  }

  private async authenticate(challenge: AuthChallenge | undefined): Promise<void> {
    const credentials = this.options.credentials;
    if (challenge?.scheme === 'basic') {
      if (!credentials) throw this.error('the registry requires a login (HTTP 401)', credentialsHint);
      this.authorization = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
      this.lastScheme = 'basic';
      return;
    }
    if (challenge?.scheme === 'bearer') {
      this.authorization = `Bearer ${await this.fetchToken(challenge)}`;
      this.lastScheme = 'bearer';
      return;
    }
    const name = challenge ? challenge.name : 'none';
    throw this.error(`the registry answered HTTP 401 with an authentication scheme rampart does not support (${name})`, 'rampart supports anonymous, Basic and Bearer-token registries');
  }

  /** The token flow: GET the realm with service and scope (and Basic credentials if any); the answer holds `token` or `access_token`. */
  private async fetchToken(challenge: Extract<AuthChallenge, { scheme: 'bearer' }>): Promise<string> {
    let realm: URL;
    try {
      realm = new URL(challenge.realm);
    } catch {
      throw this.error('the registry names an invalid token realm', 'the registry is misconfigured');
    }
    if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && this.isInsecure(realm.host))) throw this.error(`the registry names a token realm over ${realm.protocol.replace(':', '')} (${realm.host})`, `plain HTTP is used only for hosts named with --insecure-registry (e.g. --insecure-registry ${realm.host})`);
    if (challenge.service) realm.searchParams.set('service', challenge.service);
    realm.searchParams.set('scope', challenge.scope ?? `repository:${this.reference.repository}:pull`);
    const credentials = this.options.credentials;
    const headers: Record<string, string> = credentials ? { authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}` } : {};
    return this.withRetries(`getting a token from ${realm.host}`, async () => {
      const response = await sendRequest(realm, headers, this.timing.timeoutMs);
      const status = response.statusCode ?? 0;
      if (status === 429 || status >= 500) {
        discardBody(response);
        throw new TransientError(`the token service ${realm.host} answered HTTP ${status}`, parseRetryAfter(headerText(response, 'retry-after')));
      }
      if (status < 200 || status >= 300) {
        discardBody(response);
        const refused = status === 401 || status === 403;
        throw this.error(`the token service ${realm.host} answered HTTP ${status}${refused ? (credentials ? `: it refused the credentials from ${credentials.source}` : ' to an anonymous request') : ''}`, refused ? credentialsHint : 'the registry or its token service is misconfigured');
      }
      const body = await this.readLimited(response, 'the token answer');
      let answer: { token?: unknown; access_token?: unknown };
      try {
        answer = JSON.parse(body.toString('utf8')) as typeof answer;
      } catch {
        throw this.error(`the token service ${realm.host} answered something that is not JSON`, 'the registry or its token service is misconfigured');
      }
      const token = typeof answer.token === 'string' && answer.token ? answer.token : typeof answer.access_token === 'string' && answer.access_token ? answer.access_token : undefined;
      if (!token) throw this.error(`the token service ${realm.host} answered without a token`, 'the registry or its token service is misconfigured');
      return token;
    });
  }

  /** Turns a non-2xx answer into a transient error (5xx, 429) or a clear RampartError; never echoes credentials. */
  private async statusError(response: IncomingMessage, url: URL, kind: RequestKind): Promise<Error> {
    const status = response.statusCode ?? 0;
    const what = url.origin === this.origin.origin ? url.pathname : `${url.host} (a blob redirect)`;
    if (status === 429 || status >= 500) {
      discardBody(response);
      return new TransientError(`${what} answered HTTP ${status}`, parseRetryAfter(headerText(response, 'retry-after')));
    }
    const detail = await this.registryErrorText(response);
    if (status === 401 || status === 403) {
      const credentials = this.options.credentials;
      const tried = this.lastScheme === 'bearer' ? 'the registry refused the token it issued' : credentials ? `the registry refused the credentials from ${credentials.source}` : 'the registry requires a login';
      return this.error(`${tried} (HTTP ${status} for ${what})${detail}`, credentialsHint);
    }
    if (status === 404) {
      const unknown = kind === 'blob' ? 'blob unknown' : url.pathname.includes('/manifests/') ? 'manifest unknown (no such repository, tag or digest)' : 'not found';
      return this.error(`${unknown}: HTTP 404 for ${what}${detail}`, kind === 'blob' ? 'the registry lost a blob its manifest names' : 'check the repository name and the tag or digest; private repositories may also answer 404 without credentials');
    }
    return this.error(`HTTP ${status} for ${what}${detail}`, 'the registry refused the request');
  }

  /** The distribution API's `{"errors":[{"code","message"}]}`, shortened; anything else is dropped. */
  private async registryErrorText(response: IncomingMessage): Promise<string> {
    try {
      const body = await readBody(response, 16 * 1024, 'an error answer');
      const parsed = JSON.parse(body.toString('utf8')) as { errors?: { code?: unknown; message?: unknown }[] };
      const parts = (parsed.errors ?? []).slice(0, 3).map((entry) => [entry.code, entry.message].filter((part) => typeof part === 'string').join(' '));
      const text = parts.filter(Boolean).join('; ').slice(0, 200);
      return text ? `: ${text}` : '';
    } catch {
      return '';
    }
  }

  private async readLimited(response: IncomingMessage, what: string): Promise<Buffer> {
    try {
      return await readBody(response, this.options.maxMetadataBytes, what);
    } catch (error) {
      if (error instanceof BodyTooLargeError) throw this.error(error.message, 'this is not a normal image');
      throw error;
    }
  }

  /** Runs `operation`, trying again after transient failures with exponential backoff (or the registry's Retry-After, capped). */
  private async withRetries<T>(what: string, operation: () => Promise<T>): Promise<T> {
    let last: TransientError | undefined;
    for (let attempt = 1; attempt <= this.timing.attempts; attempt += 1) {
      try {
        return await operation();
      } catch (error) {
        if (error instanceof TlsError) throw this.error(`${what} failed: ${error.message}`, 'plain-HTTP registries must be named with --insecure-registry HOST[:PORT]; a private CA can be added with NODE_EXTRA_CA_CERTS');
        if (!(error instanceof TransientError)) throw error;
        last = error;
        if (attempt === this.timing.attempts) break;
        const wait = error.retryAfterMs !== undefined ? Math.min(error.retryAfterMs, this.timing.maxRetryAfterMs) : this.timing.backoffMs * 2 ** (attempt - 1);
        await this.sleep(wait);
      }
    }
    throw this.error(`${what} failed after ${this.timing.attempts} attempts: ${last?.message ?? 'unknown error'}`, 'the registry is unreachable, too slow or failing; try again later');
  }

  private isInsecure(host: string): boolean {
    const wanted = host.toLowerCase();
    return this.options.insecureRegistries.some((named) => named.toLowerCase() === wanted);
  }

  private error(message: string, hint: string): RampartError {
    return new RampartError('RAMPART_E_REGISTRY', `${this.reference.registry}/${this.reference.repository}: ${message}`, { hint });
  }
}

const credentialsHint = 'log in with `docker login` (credentials in ~/.docker/config.json `auths`) or set RAMPART_REGISTRY_USERNAME and RAMPART_REGISTRY_PASSWORD';

/** The first byte of a 206 answer, from `Content-Range: bytes START-END/TOTAL`. */
function rangeStart(response: IncomingMessage): number | undefined {
  // "bytes", the first byte offset, a dash: the only part a resumed download needs.
  const match = /^bytes (\d+)-/.exec(headerText(response, 'content-range') ?? '');
  return match ? Number(match[1]) : undefined;
}

function headerText(response: IncomingMessage, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
