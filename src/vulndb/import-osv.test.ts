import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { EmptyImportError, importOsv } from './import-osv.ts';
import { directoryEntries } from './osv-sources.ts';
import { openStore } from './store.ts';

/** Real OSV records in the shared corpus beside the repository (see its SOURCE.md); read in place. */
const corpusRoot = fileURLToPath(new URL('../../../shared/corpus/osv/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'rampart-import-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const now = new Date('2026-05-01T00:00:00Z');

describe('importOsv', () => {
  it('imports the whole corpus, skipping and reporting the malformed PyPI records', () => {
    assert.ok(existsSync(corpusRoot), `OSV corpus missing at ${corpusRoot}`);
    const path = join(dir, 'corpus.sqlite');
    const report = importOsv([{ label: corpusRoot, entries: () => directoryEntries(corpusRoot) }], path, { now });
    assert.equal(report.records, 8628 - 7);
    assert.equal(report.problems.length, 7);
    assert.ok(report.problems.every((problem) => problem.label.startsWith('PyPI/') && problem.id?.startsWith('PYSEC-')));
    assert.deepEqual([...report.ecosystems.keys()].sort(), ['Go', 'Maven', 'PyPI', 'crates.io', 'npm']);
    const store = openStore(path);
    const lodash = store.recordsFor('npm', 'lodash').map((row) => row.id);
    assert.ok(lodash.includes('GHSA-35jh-r3h4-6jhm'), lodash.join(','));
    assert.ok(store.recordsFor('PyPI', 'Django').length > 50);
    assert.ok(store.idsForAlias('CVE-2021-23337').includes('GHSA-35jh-r3h4-6jhm'));
    store.close();
  });

  it('keeps the old database when nothing valid is found', () => {
    const path = join(dir, 'keep.sqlite');
    importOsv([{ label: 'one', entries: () => [{ label: 'a.json', text: '{"id":"A-1","modified":"2024-01-01T00:00:00Z"}' }] }], path, { now });
    assert.throws(() => importOsv([{ label: 'bad', entries: () => [{ label: 'b.json', text: '{"nope":1}' }, { label: 'c.json', text: '{' }] }], path, { now }), EmptyImportError);
    const store = openStore(path);
    assert.equal(store.status().records, 1);
    store.close();
  });

  it('keeps the old database when a source fails midway', () => {
    const path = join(dir, 'midway.sqlite');
    importOsv([{ label: 'one', entries: () => [{ label: 'a.json', text: '{"id":"A-1","modified":"2024-01-01T00:00:00Z"}' }] }], path, { now });
    const failing = function* () {
      yield { label: 'b.json', text: '{"id":"B-1","modified":"2024-01-01T00:00:00Z"}' };
      throw new Error('disk went away');
    };
    assert.throws(() => importOsv([{ label: 'two', entries: failing }], path, { now }), /disk went away/);
    const store = openStore(path);
    assert.deepEqual(store.idsForAlias('A-1'), ['A-1']);
    assert.deepEqual(store.idsForAlias('B-1'), []);
    store.close();
  });
});
