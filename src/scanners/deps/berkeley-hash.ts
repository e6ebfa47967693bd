/**
 * A reader of the Berkeley DB hash databases older rpm versions keep their package headers in
 * (`var/lib/rpm/Packages`: RHEL and CentOS up to 8, Amazon Linux 2). Only what rpm needs is
 * read: every key/value pair of the hash pages, values inline or on chains of overflow pages.
 * The file is in the byte order of the machine that wrote it; the magic number tells which.
 */
export class BerkeleyDbError extends Error {}

const hashMagic = 0x061561;
const pageTypes = { hashUnsorted: 2, overflow: 7, hash: 13 } as const;
const itemTypes = { keyData: 1, offPage: 3 } as const;
const pageHeaderBytes = 26;

export interface BerkeleyRecord {
  key: Uint8Array;
  value: Uint8Array;
}

/** Every record of the database, in page order; throws BerkeleyDbError for what is not a readable hash database. */
export function readBerkeleyHash(bytes: Uint8Array, maxRecords: number): BerkeleyRecord[] {
  if (bytes.length < 512) throw new BerkeleyDbError('too short for a Berkeley DB file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = view.getUint32(12, true) === hashMagic;
  if (!little && view.getUint32(12, false) !== hashMagic) throw new BerkeleyDbError('not a Berkeley DB hash database (bad magic number)');
  const u32 = (at: number) => view.getUint32(at, little);
  const u16 = (at: number) => view.getUint16(at, little);
  const pageSize = u32(20);
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) throw new BerkeleyDbError(`page size ${pageSize} is not a Berkeley DB page size`);
  const pageCount = Math.floor(bytes.length / pageSize);

  /** A value stored on a chain of overflow pages, `length` bytes long; loops and stray pages are refused. */
  const readOverflow = (first: number, length: number): Uint8Array => {
    // A value cannot be longer than the file that holds it; a hostile length would allocate gigabytes.
    if (length > bytes.length) throw new BerkeleyDbError(`a value on page ${first} claims ${length} bytes, more than the file`);
    const out = new Uint8Array(length);
    let filled = 0;
    let page = first;
    for (let hops = 0; filled < length; hops++) {
      if (page === 0 || page >= pageCount || hops > pageCount) throw new BerkeleyDbError(`overflow chain from page ${first} is broken`);
      const base = page * pageSize;
      if (bytes[base + 25] !== pageTypes.overflow) throw new BerkeleyDbError(`page ${page} should be an overflow page`);
      const used = Math.min(u16(base + 22), pageSize - pageHeaderBytes, length - filled);
      out.set(bytes.subarray(base + pageHeaderBytes, base + pageHeaderBytes + used), filled);
      filled += used;
      page = u32(base + 16);
    }
    return out;
  };

  /** The item at slot `index` of a hash page: its type byte, then inline data or an overflow reference. */
  const readItem = (base: number, offsets: number[], index: number): Uint8Array | undefined => {
    const start = offsets[index]!;
    const end = index === 0 ? pageSize : offsets[index - 1]!;
    if (start < pageHeaderBytes || end > pageSize || start >= end) throw new BerkeleyDbError(`hash page at ${base / pageSize} has a bad item offset`);
    const type = bytes[base + start];
    if (type === itemTypes.keyData) return bytes.subarray(base + start + 1, base + end);
    if (type === itemTypes.offPage) return readOverflow(u32(base + start + 4), u32(base + start + 8));
    return undefined;
  };

  const records: BerkeleyRecord[] = [];
  for (let page = 1; page < pageCount; page++) {
    const base = page * pageSize;
    const type = bytes[base + 25];
    if (type !== pageTypes.hash && type !== pageTypes.hashUnsorted) continue;
    const entries = u16(base + 20);
    if (pageHeaderBytes + entries * 2 > pageSize) throw new BerkeleyDbError(`hash page ${page} claims ${entries} entries`);
    const offsets = Array.from({ length: entries }, (_, index) => u16(base + pageHeaderBytes + index * 2));
    for (let index = 0; index + 1 < entries; index += 2) {
      const key = readItem(base, offsets, index);
      const value = readItem(base, offsets, index + 1);
      if (!key || !value) continue;
      records.push({ key, value });
      if (records.length > maxRecords) throw new BerkeleyDbError(`more than ${maxRecords} records`);
    }
  }
  return records;
}
