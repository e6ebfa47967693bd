import { byteSourceOf, sniffExecutable, type ByteSource } from '../../executable-layout.ts';
import type { BinaryInput, BinaryPackageParser, LockfileParseResult, RangesInput } from '../../inventory-package.ts';
import { goBuildPackages } from './go-build-packages.ts';
import { readGoBuildInfo } from './read-go-build-info.ts';

/**
 * Go executables (ELF, Mach-O, PE) of any name: the module versions and toolchain the Go linker
 * recorded in the binary. Only the section table and the build info section are read, so a large
 * executable that is not Go costs its headers and a 64 KiB search of its data.
 */
export const goBinaryParser = {
  id: 'go-binary',
  ecosystem: 'Go',
  // No path names a Go binary; the first bytes decide.
  claims: () => false,
  claimsHead: (_path, head) => sniffExecutable(head) !== undefined,
  parseBytes: (input: BinaryInput) => parse(input.path, byteSourceOf(input.bytes)),
  parseRanges: (input: RangesInput) => parse(input.path, input.ranges),
} as const satisfies BinaryPackageParser;

function parse(path: string, source: ByteSource): LockfileParseResult {
  const info = readGoBuildInfo(source);
  if (info.kind === 'not-go') return { packages: [], errors: [], notices: [] };
  if (info.kind === 'error') return { packages: [], errors: [{ path, code: 'RAMPART_E_PARSE', message: info.message }], notices: [] };
  const { packages, notices } = goBuildPackages(path, info.goVersion, info.modinfo);
  // GOPATH-mode builds (Debian's packaged Go programs among them) record a path but no module lines.
  if (!/^(?:mod|dep)\t/m.test(info.modinfo)) notices.push({ path, message: `Go binary (${info.goVersion}) built without modules: the versions of its dependencies are not recorded, only the standard library was checked` });
  return { packages, errors: [], notices };
}
