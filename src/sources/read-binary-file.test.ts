import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceFile } from '../core/source-file.ts';
import { createDirectorySource } from './directory.ts';
import { withFileRanges } from './read-binary-file.ts';

describe('directory source: raw bytes for binary-parsing scanners', () => {
  const root = mkdtempSync(join(tmpdir(), 'rampart-bytes-'));
  mkdirSync(join(root, 'lib'));
  writeFileSync(join(root, 'lib', 'small.jar'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0]));
  writeFileSync(join(root, 'lib', 'big.jar'), Buffer.alloc(2048, 7));

  it('reads a file whole up to the binary limit, gives its head, and names a bigger one in a notice', async () => {
    const source = createDirectorySource({ root, maxFileBytes: 16, maxBinaryFileBytes: 1024 });
    const files: SourceFile[] = [];
    for await (const file of source.files) files.push(file);
    const byPath = new Map(files.map((file) => [file.path, file]));
    assert.deepEqual([...(await byPath.get('lib/small.jar')!.readBytes!())!], [0x50, 0x4b, 3, 4, 0, 0]);
    assert.equal((await byPath.get('lib/big.jar')!.readHead!()).length, 64);
    assert.equal(await byPath.get('lib/big.jar')!.readBytes!(), null);
    const notices = source.report().notices;
    assert.deepEqual(notices.map((notice) => [notice.path, notice.code]), [['lib/big.jar', 'RAMPART_N_FILE_TOO_LARGE']]);
    assert.match(notices[0]!.message, /maxBinaryFileBytes/);
  });
});

describe('directory source: byte ranges', () => {
  it('reads ranges of a file over the binary limit without reading it whole, and nothing of a directory', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rampart-ranges-'));
    const content = Buffer.alloc(4096);
    content.write('\x7fELF', 0, 'latin1');
    content.write('tail', 4092, 'latin1');
    writeFileSync(join(root, 'app'), content);
    const source = createDirectorySource({ root, maxFileBytes: 16, maxBinaryFileBytes: 1024 });
    const files: SourceFile[] = [];
    for await (const file of source.files) files.push(file);
    const read = await files[0]!.withByteRanges!((ranges) => [ranges.size, Buffer.from(ranges.read(4092, 4)).toString('latin1'), ranges.read(4094, 10).length]);
    assert.deepEqual(read, [4096, 'tail', 2]);
    assert.equal(await withFileRanges(root, () => 'used'), null);
  });
});
