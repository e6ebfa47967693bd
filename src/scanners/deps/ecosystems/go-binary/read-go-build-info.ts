import { readAtAddress, readExecutableLayout, type ByteSource, type ExecutableLayout, type ExecutableSection } from '../../executable-layout.ts';

/**
 * The build information the Go linker embeds in every executable since Go 1.13: a 32-byte header
 * starting `\xff Go buildinf:` (pointer size, flags), then the toolchain version and the module
 * information (`path`, `mod`, `dep`, `=>` replacement and `build` lines). Since Go 1.18 both
 * strings follow the header inline, each prefixed by its length as a varint; before, the header
 * holds two pointers to Go string headers elsewhere in the binary. Layout as in the go command's
 * debug/buildinfo package; the header sits at the start of a dedicated section when there is one.
 */

export type GoBuildInfoResult =
  | { kind: 'found'; goVersion: string; modinfo: string }
  /** A Go binary without module information (GOPATH mode, or built by `go build file.go` before modules). */
  | { kind: 'not-go' }
  | { kind: 'error'; message: string };

const magic = Buffer.from('\xff Go buildinf:', 'latin1');
const headerSize = 32;
/** How far into a data section the header is searched for when no section is named for it. */
const searchWindow = 64 * 1024;
/** A version and module list longer than this is not build info: real ones are a few KiB. */
const maxStringLength = 4 * 1024 * 1024;
/** Go 1.18+ wraps the module text in these 16-byte sentinels (cmd/go/internal/modload infoStart/infoEnd). */
const sentinelLength = 16;

export function readGoBuildInfo(source: ByteSource): GoBuildInfoResult {
  const layout = readExecutableLayout(source);
  if (!layout.ok) return layout.notExecutable ? { kind: 'not-go' } : { kind: 'error', message: layout.message };
  const header = findHeader(source, layout.layout);
  if (!header) return { kind: 'not-go' };
  return decodeHeader(source, layout.layout, header);
}

/** The places the linker puts the header: its own section, else the start of the writable data. */
function candidateRegions(layout: ExecutableLayout): ExecutableSection[] {
  const named = layout.sections.filter((section) => section.name === '.go.buildinfo' || section.name === '__go_buildinfo');
  if (named.length > 0) return named;
  const data = layout.format === 'pe'
    ? layout.sections.filter((section) => section.name === '.data' || (section.writable && !section.executable))
    : layout.format === 'mach-o'
      ? layout.segments.filter((segment) => segment.name === '__DATA')
      : layout.segments.filter((segment) => segment.writable && !segment.executable);
  return data.slice(0, 2);
}

interface HeaderLocation {
  offset: number;
  /** Bytes of the region from the header on, up to the search window. */
  available: number;
}

function findHeader(source: ByteSource, layout: ExecutableLayout): HeaderLocation | undefined {
  for (const region of candidateRegions(layout)) {
    const length = Math.min(region.fileSize, searchWindow);
    if (length < headerSize) continue;
    const read = source.read(region.offset, length);
    // A Buffer view, so indexOf searches for the byte sequence (a plain Uint8Array's looks for one element).
    const bytes = Buffer.from(read.buffer, read.byteOffset, read.byteLength);
    // The header is 16-byte aligned; a match elsewhere is a coincidence in data.
    for (let at = bytes.indexOf(magic); at !== -1 && at + headerSize <= length; at = bytes.indexOf(magic, at + 1)) {
      if ((region.offset + at) % 16 === 0) return { offset: region.offset + at, available: region.fileSize - at };
    }
  }
  return undefined;
}

function decodeHeader(source: ByteSource, layout: ExecutableLayout, header: HeaderLocation): GoBuildInfoResult {
  const bytes = source.read(header.offset, headerSize);
  const pointerSize = bytes[14]!;
  const flags = bytes[15]!;
  if (pointerSize !== 4 && pointerSize !== 8) return { kind: 'error', message: `Go build info names a pointer size of ${pointerSize}` };
  const bigEndian = (flags & 1) !== 0;
  if ((flags & 2) !== 0) return decodeInline(source, header);
  return decodePointers(source, layout, bytes, pointerSize, bigEndian);
}

/** Go 1.18+: varint-prefixed version then module text right after the header. */
function decodeInline(source: ByteSource, header: HeaderLocation): GoBuildInfoResult {
  const end = Math.min(source.size, header.offset + header.available);
  let at = header.offset + headerSize;
  const strings: Uint8Array[] = [];
  for (let index = 0; index < 2; index++) {
    const prefix = source.read(at, Math.min(10, Math.max(0, end - at)));
    const length = readUvarint(prefix);
    if (!length) return { kind: 'error', message: 'Go build info is cut off in a length prefix' };
    if (length.value > maxStringLength || at + length.size + length.value > end) {
      return { kind: 'error', message: `Go build info claims a ${length.value}-byte string past the end of its section` };
    }
    strings.push(source.read(at + length.size, length.value));
    at += length.size + length.value;
  }
  return found(strings[0]!, strings[1]!);
}

/** Before Go 1.18: two pointers to Go string headers (data pointer, length), resolved through the sections. */
function decodePointers(source: ByteSource, layout: ExecutableLayout, header: Uint8Array, pointerSize: 4 | 8, bigEndian: boolean): GoBuildInfoResult {
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const word = (data: DataView, at: number): number => (pointerSize === 8 ? Number(data.getBigUint64(at, !bigEndian)) : data.getUint32(at, !bigEndian));
  const readString = (pointer: number): Uint8Array | undefined => {
    const stringHeader = readAtAddress(source, layout, pointer, pointerSize * 2);
    if (!stringHeader) return undefined;
    const headerView = new DataView(stringHeader.buffer, stringHeader.byteOffset, stringHeader.byteLength);
    const length = word(headerView, pointerSize);
    if (length > maxStringLength) return undefined;
    return length === 0 ? new Uint8Array() : readAtAddress(source, layout, word(headerView, 0), length);
  };
  const version = readString(word(view, 16));
  const modinfo = readString(word(view, 16 + pointerSize));
  if (version === undefined || modinfo === undefined) return { kind: 'error', message: 'Go build info (before Go 1.18) points outside the file' };
  return found(version, modinfo);
}

function found(version: Uint8Array, rawModinfo: Uint8Array): GoBuildInfoResult {
  // The module text is framed by two 16-byte sentinels and ends with a newline inside them; without them there is none.
  const framed = rawModinfo.length >= 2 * sentinelLength + 1 && rawModinfo[rawModinfo.length - sentinelLength - 1] === 0x0a;
  const modinfo = framed ? Buffer.from(rawModinfo.subarray(sentinelLength, rawModinfo.length - sentinelLength)).toString('utf8') : '';
  const goVersion = Buffer.from(version).toString('utf8');
  if (modinfo === '' && goVersion === '') return { kind: 'not-go' };
  return { kind: 'found', goVersion, modinfo };
}

/** An unsigned LEB128 varint (encoding/binary.Uvarint), or undefined when it does not end within 10 bytes. */
function readUvarint(bytes: Uint8Array): { value: number; size: number } | undefined {
  let value = 0;
  let scale = 1;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!;
    value += (byte & 0x7f) * scale;
    if ((byte & 0x80) === 0) return { value, size: index + 1 };
    scale *= 128;
  }
  return undefined;
}
