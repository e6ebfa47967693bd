import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** A failure worth trying again: the network, a timeout, a 5xx or a 429. */
export class TransientError extends Error {
  readonly retryAfterMs: number | undefined;
  constructor(message: string, retryAfterMs?: number) {
    super(message);
    this.retryAfterMs = retryAfterMs;
  }
}

/** A TLS handshake or certificate failure: trying again would fail the same way. */
export class TlsError extends Error {}

/** OpenSSL errors (`ERR_SSL_…`, `EPROTO`) and certificate verification failures (`CERT_…`, `…_SIGNATURE_FAILURE`, self-signed). */
function isTlsError(error: Error): boolean {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return code.startsWith('ERR_SSL') || code === 'EPROTO' || code.includes('CERT') || code.includes('SELF_SIGNED') || code.startsWith('ERR_TLS');
}

/** A body larger than rampart accepts for what it is; not worth retrying. */
export class BodyTooLargeError extends Error {}

/**
 * Sends one GET and resolves with the response head; the body is left to the caller. One idle
 * timer covers connecting, waiting for the head and every pause while the body streams: if the
 * socket is silent for `timeoutMs`, the request and its body are destroyed with a TransientError.
 */
export function sendRequest(url: URL, headers: Record<string, string>, timeoutMs: number): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(url, { method: 'GET', headers: { 'user-agent': 'rampart', ...headers } });
    let response: IncomingMessage | undefined;
    request.setTimeout(timeoutMs, () => {
      const error = new TransientError(`no answer from ${url.host} for ${timeoutMs} ms`);
      if (response) response.destroy(error);
      request.destroy(error);
    });
    request.on('error', (error) => {
      if (error instanceof TransientError) reject(error);
      else if (isTlsError(error)) reject(new TlsError(`cannot speak TLS with ${url.host} (${(error as NodeJS.ErrnoException).code ?? error.message})`));
      else reject(new TransientError(`cannot reach ${url.host}: ${describeNetworkError(error)}`));
    });
    request.on('response', (incoming) => {
      response = incoming;
      resolve(incoming);
    });
    request.end();
  });
}

/** Reads a whole body, refusing more than `limit` bytes (manifests, token answers, error bodies). */
export async function readBody(response: IncomingMessage, limit: number, what: string): Promise<Buffer> {
  const declared = Number(response.headers['content-length'] ?? Number.NaN);
  if (declared > limit) {
    response.destroy();
    throw new BodyTooLargeError(`${what} is ${declared} bytes, over the ${limit}-byte limit`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response) {
      size += (chunk as Buffer).length;
      if (size > limit) {
        response.destroy();
        throw new BodyTooLargeError(`${what} is over the ${limit}-byte limit`);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof TransientError || error instanceof BodyTooLargeError) throw error;
    throw new TransientError(`${what} was cut short: ${describeNetworkError(error)}`);
  }
  if (Number.isFinite(declared) && size !== declared) throw new TransientError(`${what} was cut short (${size} of ${declared} bytes)`);
  return Buffer.concat(chunks);
}

/** Drains and discards a body we do not need, so the connection can be reused or closed cleanly. */
export function discardBody(response: IncomingMessage): void {
  response.on('error', () => {});
  response.resume();
}

export function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
}

/** `Retry-After` is seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
