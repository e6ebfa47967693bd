import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRelatedFileReader } from './related-file-reader.ts';

const base = mkdtempSync(join(tmpdir(), 'rampart-related-'));
const root = join(base, 'repo');
const files: Record<string, string | Buffer> = {
  'ci/build.yml': 'build: {}\n',
  'ci/deploy.yml': 'deploy: {}\n',
  'ci/nested/lint.yml': 'lint: {}\n',
  'ci/big.yml': 'x'.repeat(200),
  'ci/binary.yml': Buffer.from([0x61, 0x00, 0x62]),
  '.git/config': '[core]\n',
};
for (const [path, content] of Object.entries(files)) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}
writeFileSync(join(base, 'outside.yml'), 'secret: {}\n');
symlinkSync(join(base, 'outside.yml'), join(root, 'ci/escape.yml'));
symlinkSync(join(root, 'ci/build.yml'), join(root, 'ci/alias.yml'));
after(() => rmSync(base, { recursive: true, force: true }));

describe('createRelatedFileReader', () => {
  const reader = createRelatedFileReader(root, 100);

  it('reads a repo-relative path, with ./ and doubled slashes normalised', () => {
    assert.equal(reader.read('ci/build.yml'), 'build: {}\n');
    assert.equal(reader.read('./ci//build.yml'), 'build: {}\n');
  });

  it('refuses paths that could leave the root or reach version-control internals', () => {
    assert.equal(reader.read('../outside.yml'), undefined);
    assert.equal(reader.read('ci/../../outside.yml'), undefined);
    assert.equal(reader.read(join(base, 'outside.yml')), undefined);
    assert.equal(reader.read('ci/escape.yml'), undefined);
    assert.equal(reader.read('.git/config'), undefined);
    assert.equal(reader.read('ci\\..\\..\\outside.yml'), undefined);
  });

  it('follows a symlink that stays inside the root', () => {
    assert.equal(reader.read('ci/alias.yml'), 'build: {}\n');
  });

  it('reads missing, oversized, binary files and directories as undefined', () => {
    assert.equal(reader.read('ci/missing.yml'), undefined);
    assert.equal(reader.read('ci/big.yml'), undefined);
    assert.equal(reader.read('ci/binary.yml'), undefined);
    assert.equal(reader.read('ci'), undefined);
    assert.equal(reader.read(''), undefined);
  });

  it('lists one directory or a whole subtree, without escaping symlinks or .git', () => {
    assert.deepEqual(reader.list('ci', { recursive: false, maxEntries: 100 }), ['ci/alias.yml', 'ci/big.yml', 'ci/binary.yml', 'ci/build.yml', 'ci/deploy.yml']);
    assert.deepEqual(reader.list('', { recursive: true, maxEntries: 100 }), ['ci/alias.yml', 'ci/big.yml', 'ci/binary.yml', 'ci/build.yml', 'ci/deploy.yml', 'ci/nested/lint.yml']);
    assert.deepEqual(reader.list('../', { recursive: true, maxEntries: 100 }), []);
  });

  it('stops listing at maxEntries', () => {
    assert.equal(reader.list('', { recursive: true, maxEntries: 2 }).length, 2);
  });

  it('hands a text it has read to the scan once, and nothing it has not read or could not read', () => {
    const fresh = createRelatedFileReader(root, 100);
    assert.equal(fresh.takeText('ci/deploy.yml'), undefined, 'not read yet');
    assert.equal(fresh.read('ci/deploy.yml'), 'deploy: {}\n');
    assert.deepEqual(fresh.takeText('ci/deploy.yml'), { text: 'deploy: {}\n', bytes: 11 });
    assert.equal(fresh.takeText('ci/deploy.yml'), undefined, 'handed over once');
    assert.equal(fresh.read('ci/deploy.yml'), 'deploy: {}\n', 'still readable after the hand-over');
    fresh.read('ci/big.yml');
    fresh.read('ci/binary.yml');
    assert.equal(fresh.takeText('ci/big.yml'), undefined, 'over the size limit: the scan reads it and reports the limit');
    assert.equal(fresh.takeText('ci/binary.yml'), undefined);
  });

  it('lists a directory the same from a fresh reader, after a recursive listing, and past a cut-short one', () => {
    const direct = createRelatedFileReader(root, 100).list('ci', { recursive: false, maxEntries: 100 });
    const warmed = createRelatedFileReader(root, 100);
    warmed.list('', { recursive: true, maxEntries: 2 });
    assert.deepEqual(warmed.list('ci', { recursive: false, maxEntries: 100 }), direct);
    assert.deepEqual(warmed.list('ci', { recursive: false, maxEntries: 2 }), direct.slice(0, 2));
    assert.ok(direct.includes('ci/alias.yml') && !direct.includes('ci/escape.yml') && !direct.includes('ci/nested/lint.yml'));
  });
});
