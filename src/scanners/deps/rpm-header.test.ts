import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readRpmHeader, RpmHeaderError, sourceRpmName } from './rpm-header.ts';

/** A header blob as rpm stores it: index count, data length, 16-byte entries, then the data. */
function headerBlob(entries: { tag: number; type: number; value: string | number }[]): Buffer {
  const data: Buffer[] = [];
  const index = Buffer.alloc(entries.length * 16);
  let offset = 0;
  entries.forEach((entry, position) => {
    const value = typeof entry.value === 'number' ? Buffer.alloc(4) : Buffer.from(`${entry.value}\0`);
    if (typeof entry.value === 'number') value.writeUInt32BE(entry.value);
    index.writeUInt32BE(entry.tag, position * 16);
    index.writeUInt32BE(entry.type, position * 16 + 4);
    index.writeUInt32BE(offset, position * 16 + 8);
    index.writeUInt32BE(1, position * 16 + 12);
    data.push(value);
    offset += value.length;
  });
  const preamble = Buffer.alloc(8);
  preamble.writeUInt32BE(entries.length, 0);
  preamble.writeUInt32BE(offset, 4);
  return Buffer.concat([preamble, index, ...data]);
}

const openssl = [
  { tag: 1000, type: 6, value: 'openssl-libs' },
  { tag: 1001, type: 6, value: '3.0.7' },
  { tag: 1002, type: 6, value: '27.el9' },
  { tag: 1003, type: 4, value: 1 },
  { tag: 1022, type: 6, value: 'x86_64' },
  { tag: 1044, type: 6, value: 'openssl-3.0.7-27.el9.src.rpm' },
  { tag: 1014, type: 9, value: 'Apache-2.0' },
];

describe('rpm header blobs', () => {
  it('reads name, epoch, version, release, architecture, source rpm and licence', () => {
    const header = readRpmHeader(headerBlob(openssl));
    assert.deepEqual([header.name, header.epoch, header.version, header.release, header.arch, header.sourceRpm, header.license], ['openssl-libs', 1, '3.0.7', '27.el9', 'x86_64', 'openssl-3.0.7-27.el9.src.rpm', 'Apache-2.0']);
    assert.equal(sourceRpmName(header.sourceRpm!), 'openssl');
    assert.equal(sourceRpmName('python3.11-3.11.5-1.el9_3.src.rpm'), 'python3.11');
  });

  it('refuses cut-short blobs, counts past the blob, entries pointing past the data and unterminated strings', () => {
    const good = headerBlob(openssl);
    const hugeCount = Buffer.from(good);
    hugeCount.writeUInt32BE(0x00ffffff, 0);
    const pastData = Buffer.from(good);
    pastData.writeUInt32BE(0x7fffffff, 8 + 8);
    const unterminated = headerBlob([{ tag: 1000, type: 6, value: 'name' }]);
    const cut = unterminated.subarray(0, unterminated.length - 1);
    cut.writeUInt32BE(4, 4);
    for (const blob of [good.subarray(0, 5), hugeCount, pastData, good.subarray(0, good.length - 3), cut]) assert.throws(() => readRpmHeader(blob), RpmHeaderError);
    assert.throws(() => readRpmHeader(headerBlob(openssl.slice(1))), /no name, version or release/);
  });
});
