import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { RampartError } from '../core/errors.ts';
import { parseOsvRecord, type OsvRecord } from './osv-record.ts';
import { defaultDatabasePath, openStore, startDatabaseBuild } from './store.ts';

const dir = mkdtempSync(join(tmpdir(), 'rampart-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function record(id: string, modified: string, ecosystem: string, name: string, extra: object = {}): OsvRecord {
  const result = parseOsvRecord({ id, modified, affected: [{ package: { ecosystem, name }, versions: ['1.0'] }], ...extra });
  assert.ok(result.ok);
  return result.record;
}

function build(path: string, records: OsvRecord[]): void {
  const handle = startDatabaseBuild(path);
  for (const entry of records) handle.add(entry, JSON.stringify(entry));
  handle.commit([{ ecosystem: 'PyPI', source: '/data/pypi' }], new Date('2026-05-01T00:00:00Z'));
}

describe('vulnerability store', () => {
  it('defaults to XDG_CACHE_HOME, then ~/.cache', () => {
    assert.equal(defaultDatabasePath({ XDG_CACHE_HOME: '/xdg' }), '/xdg/rampart/osv.sqlite');
    assert.equal(defaultDatabasePath({ HOME: '/home/u' }), '/home/u/.cache/rampart/osv.sqlite');
    assert.equal(defaultDatabasePath({ HOME: '/home/u', XDG_CACHE_HOME: 'relative' }), '/home/u/.cache/rampart/osv.sqlite');
  });

  it('finds records by ecosystem and normalised name, and by alias', () => {
    const path = join(dir, 'lookup.sqlite');
    build(path, [
      record('PYSEC-1', '2024-01-01T00:00:00Z', 'PyPI', 'Zope.Interface', { aliases: ['CVE-2024-1'] }),
      record('GHSA-2', '2024-01-01T00:00:00Z', 'PyPI', 'zope-interface', { aliases: ['CVE-2024-1'] }),
      record('GO-3', '2024-01-01T00:00:00Z', 'Go', 'github.com/A/b'),
    ]);
    const store = openStore(path);
    assert.deepEqual(store.recordsFor('PyPI', 'zope_interface').map((row) => row.id), ['GHSA-2', 'PYSEC-1']);
    assert.deepEqual(store.recordsFor('Go', 'github.com/a/b'), []);
    assert.equal(store.recordsFor('Go', 'github.com/A/b')[0]?.id, 'GO-3');
    assert.deepEqual(store.idsForAlias('CVE-2024-1'), ['GHSA-2', 'PYSEC-1']);
    const status = store.status();
    assert.equal(status.records, 3);
    assert.deepEqual(status.ecosystems.map((entry) => [entry.ecosystem, entry.records, entry.source]), [['Go', 1, undefined], ['PyPI', 2, '/data/pypi']]);
    assert.equal(status.schemaVersion, 1);
    store.close();
  });

  it('keeps the later modified copy of a duplicated id and drops the old index rows', () => {
    const path = join(dir, 'dupes.sqlite');
    build(path, [record('X-1', '2024-02-01T00:00:00Z', 'npm', 'new-name'), record('X-1', '2024-01-01T00:00:00Z', 'npm', 'old-name'), record('X-2', '2023-01-01T00:00:00Z', 'npm', 'a'), record('X-2', '2024-01-01T00:00:00Z', 'npm', 'b')]);
    const store = openStore(path);
    assert.equal(store.recordsFor('npm', 'new-name').length, 1);
    assert.equal(store.recordsFor('npm', 'old-name').length, 0);
    assert.equal(store.recordsFor('npm', 'a').length, 0);
    assert.equal(store.recordsFor('npm', 'b').length, 1);
    store.close();
  });

  it('leaves the old database and no temp file behind when a build is aborted', () => {
    const path = join(dir, 'abort', 'osv.sqlite');
    build(path, [record('KEEP-1', '2024-01-01T00:00:00Z', 'npm', 'kept')]);
    const handle = startDatabaseBuild(path);
    handle.add(record('NEW-1', '2024-01-01T00:00:00Z', 'npm', 'new'), '{}');
    handle.abort();
    assert.deepEqual(readdirSync(join(dir, 'abort')), ['osv.sqlite']);
    const store = openStore(path);
    assert.equal(store.recordsFor('npm', 'kept').length, 1);
    store.close();
  });

  it('raises RAMPART_E_DB with a hint for a missing or corrupt file', () => {
    const missing = join(dir, 'none.sqlite');
    assert.throws(() => openStore(missing), (error: unknown) => error instanceof RampartError && error.code === 'RAMPART_E_DB' && /rampart db import/.test(error.hint ?? ''));
    assert.equal(existsSync(missing), false);
    const corrupt = join(dir, 'corrupt.sqlite');
    writeFileSync(corrupt, 'this is not a database'.repeat(100));
    assert.throws(() => openStore(corrupt), (error: unknown) => error instanceof RampartError && error.code === 'RAMPART_E_DB' && /corrupt/.test(error.message));
  });
});
