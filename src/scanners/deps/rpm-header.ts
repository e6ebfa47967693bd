/**
 * An rpm header as the package databases store it (rpmdb.sqlite blobs, BerkeleyDB and ndb
 * records): a big-endian index count and data length, then 16-byte index entries (tag, type,
 * offset, count), then the data they point into. Only the tags an inventory needs are read.
 */
export interface RpmHeader {
  name: string;
  version: string;
  release: string;
  epoch: number | undefined;
  arch: string | undefined;
  sourceRpm: string | undefined;
  license: string | undefined;
  vendor: string | undefined;
}

const tags = { name: 1000, version: 1001, release: 1002, epoch: 1003, vendor: 1011, license: 1014, arch: 1022, sourceRpm: 1044 } as const;
const typeInt32 = 4;
const stringTypes = new Set([6, 8, 9]); // STRING, STRING_ARRAY, I18NSTRING (first entry)
/** Far beyond any real package's header; a larger count is a corrupt or hostile blob. */
const maxIndexEntries = 65_536;

export class RpmHeaderError extends Error {}

/** Reads one header blob; throws RpmHeaderError when it is cut short or its entries point outside it. */
export function readRpmHeader(blob: Uint8Array): RpmHeader {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  if (blob.length < 8) throw new RpmHeaderError('header blob shorter than its 8-byte preamble');
  const indexCount = view.getUint32(0);
  const dataLength = view.getUint32(4);
  const dataStart = 8 + indexCount * 16;
  if (indexCount > maxIndexEntries || dataStart + dataLength > blob.length) throw new RpmHeaderError(`header blob declares ${indexCount} entries and ${dataLength} data bytes, more than its ${blob.length} bytes`);
  const strings = new Map<number, string>();
  const ints = new Map<number, number>();
  for (let entry = 0; entry < indexCount; entry++) {
    const at = 8 + entry * 16;
    const tag = view.getUint32(at);
    const type = view.getUint32(at + 4);
    const offset = view.getUint32(at + 8);
    const count = view.getUint32(at + 12);
    if (!Object.values(tags).includes(tag as never)) continue;
    if (offset >= dataLength) throw new RpmHeaderError(`tag ${tag} points past the header data`);
    const start = dataStart + offset;
    if (type === typeInt32 && count >= 1 && offset + 4 <= dataLength) ints.set(tag, view.getUint32(start));
    else if (stringTypes.has(type)) strings.set(tag, readCString(blob, start, dataStart + dataLength));
  }
  const name = strings.get(tags.name);
  const version = strings.get(tags.version);
  const release = strings.get(tags.release);
  if (!name || !version || !release) throw new RpmHeaderError('header has no name, version or release');
  return {
    name,
    version,
    release,
    epoch: ints.get(tags.epoch),
    arch: strings.get(tags.arch),
    sourceRpm: strings.get(tags.sourceRpm),
    license: strings.get(tags.license),
    vendor: strings.get(tags.vendor),
  };
}

function readCString(blob: Uint8Array, start: number, end: number): string {
  let stop = start;
  while (stop < end && blob[stop] !== 0) stop++;
  if (stop === end) throw new RpmHeaderError('a string runs past the header data');
  return Buffer.from(blob.buffer, blob.byteOffset + start, stop - start).toString('utf8');
}

/** `openssl-3.0.7-27.el9.src.rpm` → `openssl`: the name is everything before the last two hyphens. */
export function sourceRpmName(sourceRpm: string): string | undefined {
  // name, then -version-release, then .src.rpm or .nosrc.rpm.
  const match = /^(.+)-[^-]+-[^-]+\.(?:no)?src\.rpm$/.exec(sourceRpm);
  return match?.[1];
}
