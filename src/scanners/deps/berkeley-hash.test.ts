import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BerkeleyDbError, readBerkeleyHash } from './berkeley-hash.ts';

/** The 512-byte-page fixture rpm reads: its headers span chains of overflow pages. */
const fixture = readFileSync(new URL('ecosystems/rpm-berkeley/fixtures/centos7/var/lib/rpm/Packages', import.meta.url));
const pageSize = 512;

/** Every page of `type`, by page number. */
function pagesOfType(bytes: Buffer, type: number): number[] {
  return Array.from({ length: bytes.length / pageSize }, (_, page) => page).filter((page) => page > 0 && bytes[page * pageSize + 25] === type);
}

describe('Berkeley DB hash reader', () => {
  it('reads every record of the fixture, following overflow chains', () => {
    const records = readBerkeleyHash(fixture, 100);
    assert.equal(records.length, 4, 'three headers and rpm’s key-0 record');
    assert.ok(pagesOfType(fixture, 7).length > records.length, 'some values span several overflow pages');
  });

  it('refuses a broken overflow chain, a value longer than the file, too many records and a bad magic number', () => {
    const broken = Buffer.from(fixture);
    const overflow = pagesOfType(broken, 7).find((page) => broken.readUInt32LE(page * pageSize + 16) !== 0)!;
    broken.writeUInt32LE(0xffff, overflow * pageSize + 16);
    assert.throws(() => readBerkeleyHash(broken, 100), /overflow chain .* is broken/);
    const hashPage = pagesOfType(fixture, 13)[0] ?? pagesOfType(fixture, 2)[0]!;
    const huge = Buffer.from(fixture);
    // Every off-page item on the hash page claims 4 GiB.
    const entries = huge.readUInt16LE(hashPage * pageSize + 20);
    for (let index = 0; index < entries; index++) {
      const at = hashPage * pageSize + huge.readUInt16LE(hashPage * pageSize + 26 + index * 2);
      if (huge[at] === 3) huge.writeUInt32LE(0xffffffff, at + 8);
    }
    assert.throws(() => readBerkeleyHash(huge, 100), /more than the file/);
    assert.throws(() => readBerkeleyHash(fixture, 2), /more than 2 records/);
    const notHash = Buffer.from(fixture);
    notHash.writeUInt32LE(0x053162, 12);
    assert.throws(() => readBerkeleyHash(notHash, 100), BerkeleyDbError);
  });
});
