/** OSV's public export bucket: `<Ecosystem>/all.zip` holds every record of one ecosystem. */
export const defaultExportBaseUrl = 'https://osv-vulnerabilities.storage.googleapis.com/';

/** The ecosystems `rampart db update` fetches unless told otherwise: the ones the inventory reads. */
export const defaultUpdateEcosystems: readonly string[] = ['npm', 'PyPI', 'Go', 'crates.io', 'Maven', 'RubyGems', 'Packagist', 'NuGet'];

/** The largest export (npm) is a few hundred MB; anything far beyond is not an OSV export. */
export const maxDownloadBytes = 2 * 1024 * 1024 * 1024;

export class DownloadError extends Error {}

export function exportUrl(baseUrl: string, ecosystem: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return new URL(`${encodeURIComponent(ecosystem)}/all.zip`, base).toString();
}

/**
 * Downloads one export into memory, refusing more than `limit` bytes. Any failure (HTTP status,
 * a connection cut midway, too large) is a DownloadError naming the URL.
 */
export async function downloadExport(url: string, limit = maxDownloadBytes): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow' });
  } catch (error) {
    throw new DownloadError(`could not fetch ${url}: ${describe(error)}`);
  }
  if (!response.ok || response.body === null) throw new DownloadError(`fetching ${url} answered HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 'NaN');
  if (declared > limit) throw new DownloadError(`${url} is ${declared} bytes, over the ${limit}-byte limit`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body) {
      size += chunk.length;
      if (size > limit) throw new DownloadError(`${url} is over the ${limit}-byte limit`);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof DownloadError) throw error;
    throw new DownloadError(`download of ${url} was interrupted: ${describe(error)}`);
  }
  if (Number.isFinite(declared) && size !== declared) throw new DownloadError(`download of ${url} was cut short (${size} of ${declared} bytes)`);
  return Buffer.concat(chunks);
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // undici hides the socket error (ECONNREFUSED, reset) in `cause`.
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
