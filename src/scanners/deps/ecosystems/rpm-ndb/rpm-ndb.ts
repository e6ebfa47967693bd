import type { BinaryInput, BinaryPackageParser, LockfileParseResult } from '../../inventory-package.ts';
import { failedParse } from '../../create-package.ts';
import { rpmPackagesFromHeaders } from '../../rpm-package.ts';

/** rpm's own "ndb" database (SUSE Linux Enterprise 15, openSUSE): `Packages.db` under `usr/lib/sysimage/rpm` or `var/lib/rpm`, at any root. */
const databasePath = /(?:^|\/)(?:var\/lib|usr\/lib\/sysimage)\/rpm\/Packages\.db$/;

/** Little-endian magic numbers: `RpmP` opens the file, `Slot` each slot, `BlbS` each header blob. */
const fileMagic = 0x506d7052;
const slotMagic = 0x746f6c53;
const blobMagic = 0x53626c42;
const pageBytes = 4096;
const slotBytes = 16;
const fileHeaderBytes = 32;
/** Blob offsets and lengths count in 16-byte units; each blob starts with a 16-byte header. */
const blockBytes = 16;
const maxSlotPages = 4096;

class NdbError extends Error {}

/**
 * The file starts with a 32-byte header (magic, version 0, generation, number of slot pages),
 * then slot pages of 16-byte slots (magic, package index, block offset, block count; index 0 is
 * a free slot), then the header blobs, each behind a 16-byte blob header (magic, package
 * index, checksum, length).
 */
function readNdbHeaders(bytes: Uint8Array): { id: number; blob: Uint8Array }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < fileHeaderBytes || view.getUint32(0, true) !== fileMagic) throw new NdbError('not an rpm ndb database (no "RpmP" header)');
  if (view.getUint32(4, true) !== 0) throw new NdbError(`ndb version ${view.getUint32(4, true)} is not supported`);
  const slotPages = view.getUint32(12, true);
  if (slotPages === 0 || slotPages > maxSlotPages || slotPages * pageBytes > bytes.length) throw new NdbError(`the header declares ${slotPages} slot pages, which the file does not hold`);
  const headers: { id: number; blob: Uint8Array }[] = [];
  for (let at = fileHeaderBytes; at + slotBytes <= slotPages * pageBytes; at += slotBytes) {
    if (view.getUint32(at, true) !== slotMagic) throw new NdbError(`slot at byte ${at} is damaged`);
    const id = view.getUint32(at + 4, true);
    if (id === 0) continue;
    const start = view.getUint32(at + 8, true) * blockBytes;
    if (start + blockBytes > bytes.length || view.getUint32(start, true) !== blobMagic || view.getUint32(start + 4, true) !== id) throw new NdbError(`package ${id}: its blob is missing or damaged`);
    const length = view.getUint32(start + 12, true);
    if (start + blockBytes + length > bytes.length) throw new NdbError(`package ${id}: its blob runs past the end of the file`);
    headers.push({ id, blob: bytes.subarray(start + blockBytes, start + blockBytes + length) });
  }
  return headers;
}

export const rpmNdbParser: BinaryPackageParser = {
  id: 'rpm-ndb',
  ecosystem: 'SUSE',
  claims: (path) => databasePath.test(path),
  parseBytes(input: BinaryInput): LockfileParseResult {
    let headers;
    try {
      headers = readNdbHeaders(input.bytes);
    } catch (cause) {
      if (!(cause instanceof NdbError)) throw cause;
      return failedParse(input.path, undefined, `cannot read the rpm database: ${cause.message}`);
    }
    return rpmPackagesFromHeaders(headers, input);
  },
};
