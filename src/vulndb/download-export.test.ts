import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, describe, it } from 'node:test';
import { DownloadError, downloadExport, exportUrl } from './download-export.ts';

describe('exportUrl', () => {
  it('joins the base and the ecosystem, escaping spaces, with or without a trailing slash', () => {
    assert.equal(exportUrl('https://mirror.test/osv', 'PyPI'), 'https://mirror.test/osv/PyPI/all.zip');
    assert.equal(exportUrl('https://mirror.test/osv/', 'Red Hat'), 'https://mirror.test/osv/Red%20Hat/all.zip');
    assert.equal(exportUrl('https://mirror.test/', 'crates.io'), 'https://mirror.test/crates.io/all.zip');
  });
});

describe('downloadExport', () => {
  it('returns the body and refuses one over the limit, on a local server', async () => {
    const body = new Uint8Array(5000).fill(7);
    const server = createServer((_request, response) => {
      // No content-length, so the limit must be enforced while streaming.
      response.writeHead(200);
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    after(() => server.close());
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/x/all.zip`;
    assert.deepEqual(new Uint8Array(await downloadExport(url)), body);
    await assert.rejects(downloadExport(url, 4096), (error: unknown) => error instanceof DownloadError && /over the 4096-byte limit/.test(error.message));
  });

  it('reports a refused connection as a DownloadError naming the URL', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await assert.rejects(downloadExport(`http://127.0.0.1:${port}/all.zip`), (error: unknown) => error instanceof DownloadError && error.message.includes(`127.0.0.1:${port}`));
  });
});
