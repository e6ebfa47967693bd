import { byteSourceOf, sniffExecutable, type ByteSource } from '../../executable-layout.ts';
import type { BinaryInput, BinaryPackageParser, LockfileParseResult, RangesInput } from '../../inventory-package.ts';
import { cargoAuditablePackages } from './cargo-auditable-packages.ts';
import { readCargoAuditable } from './read-cargo-auditable.ts';

/**
 * Rust executables built with `cargo auditable`, which embeds the crate dependency tree in a
 * `.dep-v0` section. Plain `cargo build` output has no such section and yields nothing: Rust
 * leaves no other reliable record of crate versions in a binary.
 */
export const cargoAuditableParser = {
  id: 'cargo-auditable',
  ecosystem: 'crates.io',
  claims: () => false,
  claimsHead: (_path, head) => sniffExecutable(head) !== undefined,
  parseBytes: (input: BinaryInput) => parse(input.path, byteSourceOf(input.bytes)),
  parseRanges: (input: RangesInput) => parse(input.path, input.ranges),
} as const satisfies BinaryPackageParser;

function parse(path: string, source: ByteSource): LockfileParseResult {
  const list = readCargoAuditable(source);
  if (list.kind === 'absent') return { packages: [], errors: [], notices: [] };
  if (list.kind === 'error') return { packages: [], errors: [{ path, code: 'RAMPART_E_PARSE', message: list.message }], notices: [] };
  return { packages: cargoAuditablePackages(path, list.packages), errors: [], notices: [] };
}
