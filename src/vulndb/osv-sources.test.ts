import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { OsvSourceError, zipEntries } from './osv-sources.ts';

const limits = { maxEntries: 10, maxEntryBytes: 64 * 1024, maxTotalBytes: 256 * 1024 };

describe('zipEntries', () => {
  it('reads the JSON entries of an OSV-style export and labels them by zip and entry', () => {
    const zip = zipSync({ 'A-1.json': strToU8('{"id":"A-1"}'), 'nested/A-2.json': strToU8('{"id":"A-2"}'), 'README.txt': strToU8('not a record') });
    const entries = zipEntries(zip, 'all.zip', limits);
    assert.deepEqual(entries.map((entry) => [entry.label, entry.text]), [['all.zip!A-1.json', '{"id":"A-1"}'], ['all.zip!nested/A-2.json', '{"id":"A-2"}']]);
  });

  it('stops a zip bomb while inflating, whatever the entry sizes', () => {
    const bomb = zipSync({ 'bomb.json': new Uint8Array(10 * 1024 * 1024) }, { level: 9 });
    assert.ok(bomb.length < 64 * 1024, 'the fixture compresses well');
    assert.throws(() => zipEntries(bomb, 'bomb.zip', limits), (error: unknown) => error instanceof OsvSourceError && /zip bomb/.test(error.message));
  });

  it('bounds the total decompressed size and the number of entries', () => {
    const files: Record<string, Uint8Array> = {};
    for (let index = 0; index < 8; index += 1) files[`R-${index}.json`] = new Uint8Array(60 * 1024);
    assert.throws(() => zipEntries(zipSync(files), 'wide.zip', limits), /total over/);
    const many: Record<string, Uint8Array> = {};
    for (let index = 0; index < 11; index += 1) many[`R-${index}.json`] = strToU8('{}');
    assert.throws(() => zipEntries(zipSync(many), 'many.zip', limits), /more than 10 entries/);
  });

  it('never writes path-traversal entry names anywhere', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'rampart-zip-'));
    after(() => rmSync(cwd, { recursive: true, force: true }));
    const zip = zipSync({ '../../escape.json': strToU8('{"id":"E-1"}'), '/abs/path.json': strToU8('{"id":"E-2"}') });
    const entries = zipEntries(zip, 'evil.zip', limits);
    assert.deepEqual(entries.map((entry) => entry.text), ['{"id":"E-1"}', '{"id":"E-2"}']);
    assert.deepEqual(readdirSync(cwd), []);
  });

  it('reads nothing from bytes that are not a zip', () => {
    assert.deepEqual(zipEntries(strToU8('hello, not a zip'), 'junk.zip', limits), []);
  });
});
