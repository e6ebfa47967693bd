import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceFile } from '../core/source-file.ts';
import { createDirectorySource } from './directory.ts';

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
