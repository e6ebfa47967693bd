import { inflateSync } from 'node:zlib';
import { readExecutableLayout, type ByteSource } from '../../executable-layout.ts';

/**
 * The dependency list `cargo auditable` embeds in a Rust binary: a `.dep-v0` section (ELF, PE;
 * `__DATA,.dep-v0` in Mach-O) holding zlib-compressed JSON,
 * `{"packages":[{"name","version","source","kind","dependencies":[index…],"root"}]}`.
 */

export interface AuditablePackage {
  name: string;
  version: string;
  /** `crates.io`, `git`, `local`, `registry`, or another source cargo-auditable names. */
  source: string;
  /** `runtime` unless the record says `build` (a build script's dependency, not linked in). */
  kind: 'runtime' | 'build';
  /** Indexes into the same package list. */
  dependencies: number[];
  root: boolean;
}

export type CargoAuditableResult =
  | { kind: 'found'; packages: AuditablePackage[] }
  | { kind: 'absent' }
  | { kind: 'error'; message: string };

const sectionName = '.dep-v0';
/** Compressed lists are a few KiB; decompressing past this is a bomb, not a dependency list. */
export const maxDecompressedBytes = 16 * 1024 * 1024;
const maxCompressedBytes = 8 * 1024 * 1024;

export function readCargoAuditable(source: ByteSource): CargoAuditableResult {
  const layout = readExecutableLayout(source);
  if (!layout.ok) return layout.notExecutable ? { kind: 'absent' } : { kind: 'error', message: layout.message };
  const section = layout.layout.sections.find((candidate) => candidate.name === sectionName && (layout.layout.format !== 'mach-o' || candidate.segment === '__DATA'));
  if (!section) return { kind: 'absent' };
  if (section.fileSize > maxCompressedBytes) return { kind: 'error', message: `the ${sectionName} section is ${section.fileSize} bytes, more than a dependency list takes` };
  let json: string;
  try {
    json = inflateSync(source.read(section.offset, section.fileSize), { maxOutputLength: maxDecompressedBytes }).toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { kind: 'error', message: code === 'ERR_BUFFER_TOO_LARGE' ? `the ${sectionName} section decompresses to more than ${maxDecompressedBytes} bytes` : `the ${sectionName} section is not zlib data: ${(error as Error).message}` };
  }
  return decodePackages(json);
}

function decodePackages(json: string): CargoAuditableResult {
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch (error) {
    return { kind: 'error', message: `the .dep-v0 section is not JSON: ${(error as Error).message}` };
  }
  const list = (document as { packages?: unknown } | null)?.packages;
  if (!Array.isArray(list)) return { kind: 'error', message: 'the .dep-v0 JSON has no "packages" list' };
  const packages: AuditablePackage[] = [];
  for (const [index, entry] of list.entries()) {
    const record = entry as Record<string, unknown> | null;
    if (typeof record?.name !== 'string' || typeof record.version !== 'string' || record.name === '') return { kind: 'error', message: `package ${index} of the .dep-v0 list has no name or version` };
    const dependencies = Array.isArray(record.dependencies) ? record.dependencies : [];
    if (!dependencies.every((target) => Number.isInteger(target) && target >= 0 && target < list.length)) return { kind: 'error', message: `package ${index} (${record.name}) depends on an index outside the list` };
    packages.push({
      name: record.name,
      version: record.version,
      source: typeof record.source === 'string' ? record.source : 'unknown',
      kind: record.kind === 'build' ? 'build' : 'runtime',
      dependencies: dependencies as number[],
      root: record.root === true,
    });
  }
  return { kind: 'found', packages };
}
