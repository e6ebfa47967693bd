import type { ByteRanges } from '../../core/source-file.ts';

/**
 * The sections and loadable segments of an ELF, Mach-O or PE executable, read from its headers
 * alone, so that a parser looking for one section (Go build info, cargo-auditable's `.dep-v0`)
 * reads that section's bytes and nothing else of a large binary. Every offset and size comes from
 * the file and is checked against the file's length before use: a truncated binary or a header
 * that lies yields an error, never a read past the end or an allocation the size of a lie.
 */

export type ExecutableFormat = 'elf' | 'mach-o' | 'pe';

/** Random access to a file's bytes (core's ByteRanges): a file on disk serves only the ranges asked for. */
export type ByteSource = ByteRanges;

export interface ExecutableSection {
  /** `.go.buildinfo` (ELF, PE), `__go_buildinfo` (Mach-O, without its segment). */
  name: string;
  /** Mach-O only: the segment the section belongs to (`__DATA`). */
  segment?: string;
  /** Where the section's bytes start in the file; `fileSize` is 0 for sections with no bytes in the file (.bss). */
  offset: number;
  fileSize: number;
  /** Virtual address the section is loaded at (PE: image base included). */
  address: number;
  writable: boolean;
  executable: boolean;
}

export interface ExecutableLayout {
  format: ExecutableFormat;
  littleEndian: boolean;
  /** 4 or 8, from the file class (ELF), magic (Mach-O) or optional header (PE). */
  pointerSize: 4 | 8;
  sections: ExecutableSection[];
  /** Loadable segments (ELF PT_LOAD, Mach-O segments); PE has none and maps addresses through sections. */
  segments: ExecutableSection[];
}

/**
 * `notExecutable` marks files that only looked like one by their first bytes (a DOS program or
 * data starting `MZ`, an ELF identification with an unknown class): nothing to report. Other
 * failures are executables that are truncated or whose headers lie.
 */
export type LayoutResult = { ok: true; layout: ExecutableLayout } | { ok: false; message: string; notExecutable?: true };

/** A hostile header could claim millions of sections; real binaries have well under a hundred. */
const maxSections = 4096;
const maxLoadCommands = 4096;
const maxFatArchitectures = 20;

export function byteSourceOf(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) };
}

/** The format told by a file's first bytes, or undefined for anything else; 8 bytes are enough. */
export function sniffExecutable(head: Uint8Array): ExecutableFormat | undefined {
  if (head.length < 4) return undefined;
  const [a, b, c, d] = head as unknown as [number, number, number, number];
  if (a === 0x7f && b === 0x45 && c === 0x4c && d === 0x46) return 'elf';
  // MZ: the DOS stub every PE file starts with.
  if (a === 0x4d && b === 0x5a) return 'pe';
  const magic = ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
  if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(magic)) return 'mach-o';
  if ((magic === 0xcafebabe || magic === 0xcafebabf) && isFatArchCount(head)) return 'mach-o';
  return undefined;
}

/**
 * A universal (fat) Mach-O shares its magic with Java class files; the next word tells them
 * apart: a fat file's architecture count is small, a class file's version is 45 or more.
 */
function isFatArchCount(head: Uint8Array): boolean {
  if (head.length < 8) return false;
  const count = ((head[4]! << 24) | (head[5]! << 16) | (head[6]! << 8) | head[7]!) >>> 0;
  return count >= 1 && count <= maxFatArchitectures;
}

class Truncated extends Error {}
/** Thrown when the magic matched but the headers say this is not an executable of the format after all. */
class NotExecutable extends Error {}

/** Bounds-checked little/big-endian field reads over one header region. */
class FieldReader {
  constructor(
    private readonly view: DataView,
    private readonly littleEndian: boolean,
  ) {}

  get length(): number {
    return this.view.byteLength;
  }

  u8(at: number): number {
    this.check(at, 1);
    return this.view.getUint8(at);
  }

  u16(at: number): number {
    this.check(at, 2);
    return this.view.getUint16(at, this.littleEndian);
  }

  u32(at: number): number {
    this.check(at, 4);
    return this.view.getUint32(at, this.littleEndian);
  }

  /** A 64-bit field as a number; values past 2^53 cannot be file offsets and are reported as lies. */
  u64(at: number): number {
    this.check(at, 8);
    const value = this.view.getBigUint64(at, this.littleEndian);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new Truncated(`a 64-bit header field holds ${value}, past any file size`);
    return Number(value);
  }

  word(at: number, size: 4 | 8): number {
    return size === 8 ? this.u64(at) : this.u32(at);
  }

  /** A NUL-padded fixed-width name. */
  name(at: number, width: number): string {
    this.check(at, width);
    let text = '';
    for (let index = 0; index < width; index++) {
      const code = this.view.getUint8(at + index);
      if (code === 0) break;
      text += String.fromCharCode(code);
    }
    return text;
  }

  private check(at: number, width: number): void {
    if (at < 0 || at + width > this.view.byteLength) throw new Truncated(`the header ends before byte ${at + width}`);
  }
}

function fieldsAt(source: ByteSource, offset: number, length: number, littleEndian: boolean, what: string): FieldReader {
  if (offset < 0 || length < 0 || offset + length > source.size) throw new Truncated(`${what} (bytes ${offset}..${offset + length}) lies past the end of the ${source.size}-byte file`);
  const bytes = source.read(offset, length);
  return new FieldReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), littleEndian);
}

/** Reads the section and segment tables; the format comes from the first bytes. */
export function readExecutableLayout(source: ByteSource): LayoutResult {
  const format = sniffExecutable(source.read(0, Math.min(8, source.size)));
  try {
    if (format === 'elf') return { ok: true, layout: readElf(source) };
    if (format === 'mach-o') return { ok: true, layout: readMachO(source) };
    if (format === 'pe') return { ok: true, layout: readPe(source) };
    return { ok: false, message: 'not an ELF, Mach-O or PE executable', notExecutable: true };
  } catch (error) {
    if (error instanceof NotExecutable) return { ok: false, message: error.message, notExecutable: true };
    if (error instanceof Truncated) return { ok: false, message: `malformed ${format === 'mach-o' ? 'Mach-O' : format?.toUpperCase()} file: ${error.message}` };
    throw error;
  }
}

/** A section whose claimed bytes do not fit in the file is a lie (or a truncated file). */
function checkedSection(source: ByteSource, section: ExecutableSection): ExecutableSection {
  if (section.fileSize > 0 && section.offset + section.fileSize > source.size) {
    throw new Truncated(`section ${section.segment ? `${section.segment},` : ''}${section.name} claims bytes ${section.offset}..${section.offset + section.fileSize} of a ${source.size}-byte file`);
  }
  return section;
}

function readElf(source: ByteSource): ExecutableLayout {
  const ident = fieldsAt(source, 0, 16, true, 'the ELF identification');
  const elfClass = ident.u8(4);
  const dataEncoding = ident.u8(5);
  if (elfClass !== 1 && elfClass !== 2) throw new NotExecutable(`unknown ELF class ${elfClass}`);
  if (dataEncoding !== 1 && dataEncoding !== 2) throw new NotExecutable(`unknown ELF data encoding ${dataEncoding}`);
  const wide = elfClass === 2;
  const littleEndian = dataEncoding === 1;
  const pointerSize = wide ? 8 : 4;
  const header = fieldsAt(source, 0, wide ? 64 : 52, littleEndian, 'the ELF header');
  const phoff = header.word(wide ? 0x20 : 0x1c, pointerSize);
  const shoff = header.word(wide ? 0x28 : 0x20, pointerSize);
  const phentsize = header.u16(wide ? 0x36 : 0x2a);
  let phnum = header.u16(wide ? 0x38 : 0x2c);
  const shentsize = header.u16(wide ? 0x3a : 0x2e);
  let shnum = header.u16(wide ? 0x3c : 0x30);
  let shstrndx = header.u16(wide ? 0x3e : 0x32);
  const minShentsize = wide ? 64 : 40;
  const minPhentsize = wide ? 56 : 32;

  const sectionHeader = (index: number): FieldReader => fieldsAt(source, shoff + index * shentsize, minShentsize, littleEndian, `ELF section header ${index}`);
  if (shoff !== 0 && shentsize < minShentsize) throw new Truncated(`section header entries of ${shentsize} bytes are too small`);
  // Extended numbering: past 0xff00 sections the real counts sit in section header 0.
  if (shoff !== 0 && (shnum === 0 || shstrndx === 0xffff || phnum === 0xffff)) {
    const first = sectionHeader(0);
    if (shnum === 0) shnum = Math.min(first.word(wide ? 0x20 : 0x14, pointerSize), maxSections + 1);
    if (shstrndx === 0xffff) shstrndx = first.u32(wide ? 0x28 : 0x18);
    if (phnum === 0xffff) phnum = first.u32(wide ? 0x2c : 0x1c);
  }
  if (shnum > maxSections || phnum > maxSections) throw new Truncated(`${Math.max(shnum, phnum)} headers is more than any real executable has`);

  const segments: ExecutableSection[] = [];
  if (phoff !== 0 && phnum > 0) {
    if (phentsize < minPhentsize) throw new Truncated(`program header entries of ${phentsize} bytes are too small`);
    const table = fieldsAt(source, phoff, phnum * phentsize, littleEndian, 'the ELF program header table');
    for (let index = 0; index < phnum; index++) {
      const at = index * phentsize;
      if (table.u32(at) !== 1) continue; // only PT_LOAD segments are mapped
      const flags = wide ? table.u32(at + 4) : table.u32(at + 24);
      segments.push({
        name: `LOAD#${index}`,
        offset: wide ? table.u64(at + 8) : table.u32(at + 4),
        address: wide ? table.u64(at + 16) : table.u32(at + 8),
        fileSize: wide ? table.u64(at + 32) : table.u32(at + 16),
        writable: (flags & 2) !== 0,
        executable: (flags & 1) !== 0,
      });
    }
  }

  const sections: ExecutableSection[] = [];
  if (shoff !== 0 && shnum > 0) {
    const table = fieldsAt(source, shoff, shnum * shentsize, littleEndian, 'the ELF section header table');
    const raw = Array.from({ length: shnum }, (_, index) => {
      const at = index * shentsize;
      const flags = wide ? table.u64(at + 8) : table.u32(at + 8);
      return {
        nameOffset: table.u32(at),
        type: table.u32(at + 4),
        writable: (flags & 1) !== 0,
        executable: (flags & 4) !== 0,
        address: wide ? table.u64(at + 16) : table.u32(at + 12),
        offset: wide ? table.u64(at + 24) : table.u32(at + 16),
        size: wide ? table.u64(at + 32) : table.u32(at + 20),
      };
    });
    const names = raw[shstrndx];
    if (names === undefined) throw new Truncated(`the section name table index ${shstrndx} is past the ${shnum} sections`);
    if (names.offset + names.size > source.size) throw new Truncated(`the section name table claims bytes ${names.offset}..${names.offset + names.size} of a ${source.size}-byte file`);
    const nameBytes = source.read(names.offset, names.size);
    for (const entry of raw.slice(1)) {
      // SHT_NOBITS (8): .bss and friends take memory but no file bytes.
      const fileSize = entry.type === 8 ? 0 : entry.size;
      sections.push(checkedSection(source, { name: cString(nameBytes, entry.nameOffset), offset: entry.offset, fileSize, address: entry.address, writable: entry.writable, executable: entry.executable }));
    }
  }
  return { format: 'elf', littleEndian, pointerSize, sections, segments };
}

function cString(bytes: Uint8Array, start: number): string {
  if (start >= bytes.length) return '';
  const end = bytes.indexOf(0, start);
  return Buffer.from(bytes.subarray(start, end === -1 ? bytes.length : end)).toString('latin1');
}

function readMachO(source: ByteSource): ExecutableLayout {
  const first = source.read(0, 4);
  if (first[0] === 0xca) return readFatMachO(source);
  // The magic is written in the file's own byte order: cf fa ed fe is a little-endian 64-bit file.
  const littleEndian = first[0] === 0xce || first[0] === 0xcf;
  const wide = first[0] === 0xcf || first[3] === 0xcf;
  const headerSize = wide ? 32 : 28;
  const header = fieldsAt(source, 0, headerSize, littleEndian, 'the Mach-O header');
  const ncmds = header.u32(16);
  const sizeofcmds = header.u32(20);
  if (ncmds > maxLoadCommands) throw new Truncated(`${ncmds} load commands is more than any real executable has`);
  const commands = fieldsAt(source, headerSize, sizeofcmds, littleEndian, 'the Mach-O load commands');
  const sections: ExecutableSection[] = [];
  const segments: ExecutableSection[] = [];
  let at = 0;
  for (let index = 0; index < ncmds; index++) {
    const cmd = commands.u32(at);
    const cmdsize = commands.u32(at + 4);
    if (cmdsize < 8 || at + cmdsize > commands.length) throw new Truncated(`load command ${index} claims ${cmdsize} bytes`);
    // LC_SEGMENT (0x1) and LC_SEGMENT_64 (0x19).
    if (cmd === 0x19 || cmd === 0x1) readMachOSegment(source, commands, at, cmd === 0x19, sections, segments);
    at += cmdsize;
  }
  return { format: 'mach-o', littleEndian, pointerSize: wide ? 8 : 4, sections, segments };
}

/** A universal binary: the first architecture's slice, with offsets made relative to the whole file. */
function readFatMachO(source: ByteSource): ExecutableLayout {
  const header = fieldsAt(source, 0, 8, false, 'the universal Mach-O header');
  const wide = header.u32(0) === 0xcafebabf;
  const entry = fieldsAt(source, 8, wide ? 32 : 20, false, 'the first architecture of the universal Mach-O');
  const offset = wide ? entry.u64(8) : entry.u32(8);
  const size = wide ? entry.u64(16) : entry.u32(12);
  if (offset + size > source.size || size < 4) throw new Truncated(`the first architecture claims bytes ${offset}..${offset + size} of a ${source.size}-byte file`);
  const slice: ByteSource = { size, read: (at, length) => source.read(offset + at, length) };
  if (slice.size < 8 || sniffExecutable(slice.read(0, 8)) !== 'mach-o' || slice.read(0, 1)[0] === 0xca) throw new Truncated('the first architecture of the universal Mach-O is not a Mach-O file');
  const layout = readMachO(slice);
  const shift = (region: ExecutableSection): ExecutableSection => ({ ...region, offset: region.offset + offset });
  return { ...layout, sections: layout.sections.map(shift), segments: layout.segments.map(shift) };
}

function readMachOSegment(source: ByteSource, commands: FieldReader, at: number, wide: boolean, sections: ExecutableSection[], segments: ExecutableSection[]): void {
  const word = wide ? 8 : 4;
  const segname = commands.name(at + 8, 16);
  const vmaddr = commands.word(at + 24, word);
  const fileoff = commands.word(at + 24 + 2 * word, word);
  const filesize = commands.word(at + 24 + 3 * word, word);
  const initprot = commands.u32(at + 24 + 4 * word + 4);
  const nsects = commands.u32(at + 24 + 4 * word + 8);
  const writable = (initprot & 2) !== 0;
  const executable = (initprot & 4) !== 0;
  segments.push(checkedSection(source, { name: segname, offset: fileoff, fileSize: filesize, address: vmaddr, writable, executable }));
  const headerSize = wide ? 72 : 56;
  const sectionSize = wide ? 80 : 68;
  if (nsects > maxSections) throw new Truncated(`segment ${segname} claims ${nsects} sections`);
  for (let index = 0; index < nsects; index++) {
    const base = at + headerSize + index * sectionSize;
    const size = commands.word(base + 32 + word, word);
    const offset = commands.u32(base + 32 + 2 * word);
    const flags = commands.u32(base + 32 + 2 * word + 16);
    // Zero-fill section types (S_ZEROFILL 1, S_GB_ZEROFILL 0xc, S_THREAD_LOCAL_ZEROFILL 0x12) have no file bytes.
    const zeroFill = [0x1, 0xc, 0x12].includes(flags & 0xff);
    sections.push(checkedSection(source, {
      name: commands.name(base, 16),
      segment: commands.name(base + 16, 16),
      offset,
      fileSize: zeroFill ? 0 : size,
      address: commands.word(base + 32, word),
      writable,
      executable,
    }));
  }
}

function readPe(source: ByteSource): ExecutableLayout {
  // `MZ` alone is two bytes any data file may start with: without a PE signature it is not a PE file.
  if (source.size < 64) throw new NotExecutable('too short for a DOS header');
  const dos = fieldsAt(source, 0, 64, true, 'the DOS header');
  const peOffset = dos.u32(0x3c);
  if (peOffset + 24 > source.size || fieldsAt(source, peOffset, 4, true, 'the PE signature').u32(0) !== 0x00004550) throw new NotExecutable('no PE signature where the DOS header points');
  const coff = fieldsAt(source, peOffset, 24, true, 'the PE header');
  const nsections = coff.u16(6);
  const optionalSize = coff.u16(20);
  const optional = fieldsAt(source, peOffset + 24, optionalSize, true, 'the PE optional header');
  const magic = optional.u16(0);
  if (magic !== 0x10b && magic !== 0x20b) throw new Truncated(`unknown optional header magic 0x${magic.toString(16)}`);
  const wide = magic === 0x20b;
  const imageBase = wide ? optional.u64(24) : optional.u32(28);
  const table = fieldsAt(source, peOffset + 24 + optionalSize, nsections * 40, true, 'the PE section table');
  const sections: ExecutableSection[] = [];
  for (let index = 0; index < nsections; index++) {
    const at = index * 40;
    const virtualSize = table.u32(at + 8);
    const rawSize = table.u32(at + 16);
    const characteristics = table.u32(at + 36);
    // Raw data is padded to the file alignment; the virtual size is the section's true length when smaller.
    const fileSize = virtualSize > 0 ? Math.min(virtualSize, rawSize) : rawSize;
    sections.push(checkedSection(source, {
      name: table.name(at, 8),
      offset: table.u32(at + 20),
      fileSize,
      address: imageBase + table.u32(at + 12),
      writable: (characteristics & 0x80000000) !== 0,
      executable: (characteristics & 0x20000000) !== 0,
    }));
  }
  return { format: 'pe', littleEndian: true, pointerSize: wide ? 8 : 4, sections, segments: [] };
}

/** The file bytes at a virtual address, through whichever section or segment maps it; undefined when none does. */
export function readAtAddress(source: ByteSource, layout: ExecutableLayout, address: number, length: number): Uint8Array | undefined {
  for (const region of [...layout.sections, ...layout.segments]) {
    if (region.fileSize === 0 || address < region.address || address + length > region.address + region.fileSize) continue;
    const offset = region.offset + (address - region.address);
    if (offset + length > source.size) return undefined;
    return source.read(offset, length);
  }
  return undefined;
}
