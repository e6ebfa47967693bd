import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { runCli } from '../support/cli-harness.ts';

/** Real OSV records in the shared corpus beside the repository (see its SOURCE.md); read in place. */
const corpusRoot = fileURLToPath(new URL('../../../shared/corpus/osv/', import.meta.url));
const cwd = mkdtempSync(join(tmpdir(), 'rampart-db-e2e-'));
after(() => rmSync(cwd, { recursive: true, force: true }));

function osvRecord(id: string, ecosystem: string, name: string): string {
  return JSON.stringify({ id, modified: '2026-01-01T00:00:00Z', affected: [{ package: { ecosystem, name }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.0.0' }] }] }] });
}

describe('rampart db', () => {
  it('says how to get a database when there is none', async () => {
    const outcome = await runCli(['db', 'status', '--db', join(cwd, 'missing.sqlite')], { cwd });
    assert.equal(outcome.code, 2);
    assert.match(outcome.stderr, /RAMPART_E_DB: no vulnerability database at .*missing\.sqlite/);
    assert.match(outcome.stderr, /hint: run `rampart db update` or `rampart db import DIR`/);
  });

  it('imports the corpus directory, reports the malformed records, and shows the counts', async () => {
    const db = join(cwd, 'corpus.sqlite');
    const imported = await runCli(['db', 'import', corpusRoot, '--db', db], { cwd });
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /Imported 8621 records .*; 7 malformed skipped/);
    assert.equal(imported.stderr.match(/^rampart: skipped PyPI\/.*PYSEC-/gm)?.length, 7);
    const status = await runCli(['db', 'status', '--db', db, '--format', 'json'], { cwd, now: new Date('2026-06-02T12:00:00Z') });
    assert.equal(status.code, 0, status.stderr);
    const parsed = JSON.parse(status.stdout) as { records: number; schemaVersion: number; ageSeconds: number; ecosystems: { ecosystem: string; records: number; source: string }[] };
    assert.equal(parsed.records, 8621);
    assert.equal(parsed.schemaVersion, 1);
    assert.equal(parsed.ageSeconds, 86_400);
    assert.equal(parsed.ecosystems.find((entry) => entry.ecosystem === 'Go')?.records, 4291);
    const table = await runCli(['db', 'status', '--db', db], { cwd });
    assert.match(table.stdout, /Records: +8621/);
    assert.match(table.stdout, /^crates\.io +1206 +2026-06-01T12:00:00.000Z +\S+osv/m);
  });

  it('imports an OSV all.zip export and uses XDG_CACHE_HOME by default', async () => {
    const zipPath = join(cwd, 'all.zip');
    writeFileSync(zipPath, zipSync({ 'PYSEC-1.json': strToU8(osvRecord('PYSEC-1', 'PyPI', 'Demo')), '../evil.json': strToU8(osvRecord('PYSEC-2', 'PyPI', 'other')), 'bad.json': strToU8('{"id":') }));
    const cache = join(cwd, 'xdg');
    const imported = await runCli(['db', 'import', 'all.zip'], { cwd, env: { XDG_CACHE_HOME: cache } });
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /Imported 2 records into .*xdg\/rampart\/osv\.sqlite \(PyPI 2\); 1 malformed skipped/);
    assert.match(imported.stderr, /skipped all\.zip!bad\.json: not JSON/);
    assert.deepEqual(readdirSync(join(cache, 'rampart')), ['osv.sqlite']);
    assert.equal(existsSync(join(cwd, '..', 'evil.json')), false);
  });

  it('refuses a zip bomb and keeps the previous database', async () => {
    const db = join(cwd, 'keep.sqlite');
    await runCli(['db', 'import', corpusRoot + 'npm-ghsa', '--db', db], { cwd });
    const bombPath = join(cwd, 'bomb.zip');
    writeFileSync(bombPath, zipSync({ 'bomb.json': new Uint8Array(40 * 1024 * 1024) }, { level: 9 }));
    const outcome = await runCli(['db', 'import', bombPath, '--db', db], { cwd });
    assert.equal(outcome.code, 2);
    assert.match(outcome.stderr, /RAMPART_E_DB: .*zip bomb/);
    const status = await runCli(['db', 'status', '--db', db, '--format', 'json'], { cwd });
    assert.equal((JSON.parse(status.stdout) as { records: number }).records, 7);
    assert.deepEqual(readdirSync(cwd).filter((name) => name.endsWith('.tmp')), []);
  });

  it('reports a corrupt database with a hint to re-import', async () => {
    const db = join(cwd, 'corrupt.sqlite');
    writeFileSync(db, 'garbage'.repeat(1000));
    const outcome = await runCli(['db', 'status', '--db', db], { cwd });
    assert.equal(outcome.code, 2);
    assert.match(outcome.stderr, /RAMPART_E_DB: the vulnerability database at .* is unreadable or corrupt/);
    assert.match(outcome.stderr, /hint: run `rampart db update` or `rampart db import DIR`/);
  });

  it('rejects a missing import source as a target error', async () => {
    const outcome = await runCli(['db', 'import', 'nope', '--db', join(cwd, 'x.sqlite')], { cwd });
    assert.equal(outcome.code, 2);
    assert.match(outcome.stderr, /RAMPART_E_TARGET: import source "nope" does not exist/);
  });
});

/** A local stand-in for OSV's export bucket: path → body, or a misbehaviour. Never the internet. */
async function serve(routes: Record<string, Uint8Array | 'cut'>): Promise<{ base: string; requests: string[]; server: Server }> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const body = routes[request.url ?? ''];
    if (body === undefined) {
      response.writeHead(404).end('not found');
    } else if (body === 'cut') {
      // Promise a large body, send a little, then drop the connection: an interrupted download.
      response.writeHead(200, { 'content-length': '100000' });
      response.write(new Uint8Array(1000), () => response.destroy());
    } else {
      response.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(body.length) }).end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => server.close());
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/osv/`, requests, server };
}

function exportZip(records: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(records).map(([name, text]) => [name, strToU8(text)])));
}

describe('rampart db update', () => {
  it('downloads each chosen ecosystem export, verifies it and swaps the database in', async () => {
    const { base, requests } = await serve({
      '/osv/npm/all.zip': exportZip({ 'GHSA-1.json': osvRecord('GHSA-1', 'npm', 'left-pad'), 'GHSA-2.json': osvRecord('GHSA-2', 'npm', 'lodash') }),
      '/osv/PyPI/all.zip': exportZip({ 'PYSEC-1.json': osvRecord('PYSEC-1', 'PyPI', 'Django') }),
    });
    const db = join(cwd, 'update.sqlite');
    const outcome = await runCli(['db', 'update', '--db', db, '--ecosystems', 'npm,PyPI', '--base-url', base], { cwd });
    assert.equal(outcome.code, 0, outcome.stderr);
    assert.deepEqual(requests, ['/osv/npm/all.zip', '/osv/PyPI/all.zip']);
    assert.match(outcome.stdout, /Updated .*update\.sqlite: 3 records \(PyPI 1, npm 2\)/);
    const status = JSON.parse((await runCli(['db', 'status', '--db', db, '--format', 'json'], { cwd })).stdout) as { ecosystems: { ecosystem: string; source: string }[] };
    assert.equal(status.ecosystems.find((entry) => entry.ecosystem === 'npm')?.source, `${base}npm/all.zip`);
  });

  it('keeps the old database when a download fails, is cut short, or does not verify', async () => {
    const { base } = await serve({
      '/osv/npm/all.zip': exportZip({ 'GHSA-1.json': osvRecord('GHSA-1', 'npm', 'left-pad') }),
      '/osv/Go/all.zip': 'cut',
      '/osv/PyPI/all.zip': exportZip({ 'a.json': '{"broken":', 'b.json': '[]' }),
      '/osv/crates.io/all.zip': strToU8('this is not a zip file'),
    });
    const db = join(cwd, 'resilient.sqlite');
    assert.equal((await runCli(['db', 'update', '--db', db, '--ecosystems', 'npm', '--base-url', base], { cwd })).code, 0);
    const cases: [string, RegExp][] = [
      ['Go', /RAMPART_E_NETWORK: download of .*Go\/all\.zip was (interrupted|cut short)/],
      ['RubyGems', /RAMPART_E_NETWORK: fetching .*RubyGems\/all\.zip answered HTTP 404/],
      ['npm,PyPI', /RAMPART_E_DB: the export for PyPI holds no valid record/],
      ['crates.io', /RAMPART_E_DB: (the export for crates\.io holds no valid record|no valid OSV record)/],
    ];
    for (const [ecosystems, expected] of cases) {
      const outcome = await runCli(['db', 'update', '--db', db, '--ecosystems', ecosystems, '--base-url', base], { cwd });
      assert.equal(outcome.code, 2, ecosystems);
      assert.match(outcome.stderr, expected);
      assert.match(outcome.stderr, /previous database, if any, is unchanged/);
      const status = JSON.parse((await runCli(['db', 'status', '--db', db, '--format', 'json'], { cwd })).stdout) as { records: number; ecosystems: { ecosystem: string }[] };
      assert.deepEqual([status.records, status.ecosystems.map((entry) => entry.ecosystem)], [1, ['npm']], ecosystems);
    }
    assert.deepEqual(readdirSync(cwd).filter((name) => name.endsWith('.tmp')), []);
  });

  it('refuses an export with under half the records the current database has for that ecosystem', async () => {
    const many = Object.fromEntries(Array.from({ length: 6 }, (_, index) => [`G-${index}.json`, osvRecord(`GHSA-${index}`, 'npm', `pkg-${index}`)]));
    const { base } = await serve({ '/osv/npm/all.zip': exportZip(many), '/osv/small/npm/all.zip': exportZip({ 'G-0.json': osvRecord('GHSA-0', 'npm', 'pkg-0'), 'G-1.json': osvRecord('GHSA-1', 'npm', 'pkg-1') }) });
    const db = join(cwd, 'shrink.sqlite');
    assert.equal((await runCli(['db', 'update', '--db', db, '--ecosystems', 'npm', '--base-url', base], { cwd })).code, 0);
    const outcome = await runCli(['db', 'update', '--db', db, '--ecosystems', 'npm', '--base-url', `${base}small/`], { cwd });
    assert.equal(outcome.code, 2);
    assert.match(outcome.stderr, /RAMPART_E_DB: the export for npm has 2 records, under half of the 6 in the current database/);
    const status = JSON.parse((await runCli(['db', 'status', '--db', db, '--format', 'json'], { cwd })).stdout) as { records: number };
    assert.equal(status.records, 6);
  });

  it('refuses a base URL that is not http or https', async () => {
    const outcome = await runCli(['db', 'update', '--db', join(cwd, 'x.sqlite'), '--base-url', 'file:///etc/'], { cwd });
    assert.equal(outcome.code, 2);
    assert.match(outcome.stderr, /RAMPART_E_USAGE: --base-url must be http or https/);
  });
});
