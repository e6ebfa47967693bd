import { inflateRawSync } from 'node:zlib';

/**
 * A small reader of zip archives held in memory (Java archives are zips): the central directory
 * gives each member's name, method and sizes; a member is inflated only when asked, with its
 * output capped, so a member that lies about its size (a zip bomb) stops at the cap.
 */
export interface ZipMember {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export class ZipError extends Error {}

const endOfCentralDirectory = 0x06054b50;
const centralHeader = 0x02014b50;
const localHeader = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const maxEndSearch = 22 + 0xffff;

/** Lists an archive's members from its central directory; throws ZipError when there is none or it points outside the bytes. */
export function listZipMembers(bytes: Uint8Array, maxMembers: number): ZipMember[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - maxEndSearch); at--) {
    if (view.getUint32(at, true) === endOfCentralDirectory) {
      end = at;
      break;
    }
  }
  if (end === -1) throw new ZipError('not a zip archive (no end of central directory record)');
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw new ZipError('zip64 archives are not supported');
  if (count > maxMembers) throw new ZipError(`${count} members, more than the limit of ${maxMembers}`);
  if (directoryOffset + directorySize > end) throw new ZipError('the central directory points outside the archive');
  const members: ZipMember[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || view.getUint32(at, true) !== centralHeader) throw new ZipError(`central directory entry ${index + 1} is damaged`);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > end) throw new ZipError(`central directory entry ${index + 1} is damaged`);
    members.push({
      name: Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, nameLength).toString('utf8'),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return members;
}

/** A member's content, stored or deflated, refused beyond `maxBytes` of output whatever its header claims. */
export function readZipMember(bytes: Uint8Array, member: ZipMember, maxBytes: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = member.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== localHeader) throw new ZipError(`${member.name}: local header is missing or damaged`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const stop = start + member.compressedSize;
  if (stop > bytes.length) throw new ZipError(`${member.name}: data runs past the end of the archive`);
  if (member.size > maxBytes) throw new ZipError(`${member.name}: ${member.size} bytes uncompressed, over the limit of ${maxBytes}`);
  const data = bytes.subarray(start, stop);
  if (member.method === 0) return data;
  if (member.method !== 8) throw new ZipError(`${member.name}: compression method ${member.method} is not supported`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new ZipError(code === 'ERR_BUFFER_TOO_LARGE' ? `${member.name}: inflates beyond the limit of ${maxBytes} bytes (a zip bomb?)` : `${member.name}: cannot inflate: ${(cause as Error).message}`);
  }
}
