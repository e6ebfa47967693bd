import { byteSourceOf, sniffExecutable } from '../../executable-layout.ts';
import type { BinaryInput, BinaryPackageParser, LockfileParseResult } from '../../inventory-package.ts';
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
  parseBytes,
} as const satisfies BinaryPackageParser;

function parseBytes(input: BinaryInput): LockfileParseResult {
  const list = readCargoAuditable(byteSourceOf(input.bytes));
  if (list.kind === 'absent') return { packages: [], errors: [], notices: [] };
  if (list.kind === 'error') return { packages: [], errors: [{ path: input.path, code: 'RAMPART_E_PARSE', message: list.message }], notices: [] };
  return { packages: cargoAuditablePackages(input.path, list.packages), errors: [], notices: [] };
}
