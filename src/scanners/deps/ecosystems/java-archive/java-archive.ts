import type { ScanError } from '../../../../core/finding.ts';
import type { BinaryInput, BinaryPackageParser, InventoryNotice, InventoryPackage, LockfileParseResult } from '../../inventory-package.ts';
import { createPackage } from '../../create-package.ts';
import { listZipMembers, readZipMember, ZipError, type ZipMember } from '../../zip-archive.ts';

/** Java archives: jar, war, ear, and Jenkins plugins (jpi, hpi), by extension in any case. */
const archivePath = /\.(?:jar|war|ear|jpi|hpi)$/i;
/** `META-INF/maven/<groupId>/<artifactId>/pom.properties`, which Maven writes into every archive it builds. */
const pomPropertiesPath = /^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/;

/** Bounds on one top-level archive, so a hostile one costs little. */
export interface JavaArchiveLimits {
  maxDepth: number;
  maxMembers: number;
  maxPropertiesBytes: number;
  maxNestedBytes: number;
  maxTotalBytes: number;
}

export const defaultJavaArchiveLimits: JavaArchiveLimits = {
  /** Archives inside archives inside the top one (a fat jar's libraries are depth 1). */
  maxDepth: 3,
  /** Members listed per archive. */
  maxMembers: 100_000,
  /** Largest pom.properties read. */
  maxPropertiesBytes: 64 * 1024,
  /** Largest nested archive inflated. */
  maxNestedBytes: 256 * 1024 * 1024,
  /** Bytes inflated in all, nested archives included. */
  maxTotalBytes: 1024 * 1024 * 1024,
};

interface Walk {
  limits: JavaArchiveLimits;
  packages: InventoryPackage[];
  errors: ScanError[];
  unidentified: string[];
  bytesLeft: number;
}

/** `key=value` (or `key: value`) lines of a Java properties file; `#` and `!` start comments. */
function parseProperties(text: string): Map<string, string> {
  const properties = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    // A key up to the first unescaped = or :, then the value.
    const match = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(line);
    if (match) properties.set(match[1]!, match[2]!.trim());
  }
  return properties;
}

function readArchive(bytes: Uint8Array, location: string, depth: number, walk: Walk): void {
  let members: ZipMember[];
  try {
    members = listZipMembers(bytes, walk.limits.maxMembers);
  } catch (cause) {
    if (!(cause instanceof ZipError)) throw cause;
    walk.errors.push({ path: location, code: 'RAMPART_E_PARSE', message: `not a readable Java archive: ${cause.message}` });
    return;
  }
  const before = walk.packages.length;
  for (const member of members) {
    if (!pomPropertiesPath.test(member.name)) continue;
    const content = inflate(bytes, member, walk.limits.maxPropertiesBytes, location, walk);
    if (!content) continue;
    const properties = parseProperties(Buffer.from(content).toString('utf8'));
    const groupId = properties.get('groupId');
    const artifactId = properties.get('artifactId');
    const version = properties.get('version');
    if (!groupId || !artifactId || !version) continue;
    const item = createPackage({ ecosystem: 'Maven', name: `${groupId}:${artifactId}`, version, direct: undefined, dev: false, location: { path: location, startLine: 1 } });
    if (!walk.packages.some((known) => known.name === item.name && known.version === version && known.location.path === location)) walk.packages.push(item);
  }
  if (walk.packages.length === before) walk.unidentified.push(location);
  for (const member of members) {
    if (!archivePath.test(member.name) || member.name.endsWith('/')) continue;
    const nested = `${location}!/${member.name}`;
    if (depth >= walk.limits.maxDepth) {
      walk.errors.push({ path: nested, code: 'RAMPART_E_PARSE', message: `not read: archives nested deeper than ${walk.limits.maxDepth} levels` });
      continue;
    }
    const content = inflate(bytes, member, Math.min(walk.limits.maxNestedBytes, walk.bytesLeft), location, walk);
    if (content) readArchive(content, nested, depth + 1, walk);
  }
}

/** One member's bytes, counted against the archive's budget; a member that cannot be read is an error naming it. */
function inflate(bytes: Uint8Array, member: ZipMember, maxBytes: number, location: string, walk: Walk): Uint8Array | undefined {
  try {
    const content = readZipMember(bytes, member, maxBytes);
    walk.bytesLeft -= content.length;
    return content;
  } catch (cause) {
    if (!(cause instanceof ZipError)) throw cause;
    walk.errors.push({ path: `${location}!/${member.name}`, code: 'RAMPART_E_PARSE', message: cause.message });
    return undefined;
  }
}

/**
 * Maven packages inside Java archives, from the `pom.properties` Maven writes into each jar it
 * builds, in the archive and in the archives it bundles (`BOOT-INF/lib/`, `WEB-INF/lib/`, an
 * ear's modules), located as `app.jar!/BOOT-INF/lib/x.jar`. An archive without one is not
 * guessed from its manifest or file name (a wrong group would match the wrong advisories):
 * bundled ones are counted in one notice instead.
 */
export const javaArchiveParser: BinaryPackageParser = {
  id: 'java-archive',
  ecosystem: 'Maven',
  claims: (path) => archivePath.test(path),
  parseBytes: (input: BinaryInput) => readJavaArchive(input, defaultJavaArchiveLimits),
};

/** The parser's work, with its bounds as a parameter so tests can make them small. */
export function readJavaArchive(input: Pick<BinaryInput, 'path' | 'bytes'>, limits: JavaArchiveLimits): LockfileParseResult {
  const walk: Walk = { limits, packages: [], errors: [], unidentified: [], bytesLeft: limits.maxTotalBytes };
  readArchive(input.bytes, input.path, 0, walk);
  const notices: InventoryNotice[] = [];
  // Only bundled archives are worth a notice: a lone jar without coordinates (gradle-wrapper.jar) is common and not a gap in a dependency tree.
  const unidentified = walk.unidentified.filter((location) => location.includes('!/') && !walk.errors.some((error) => error.path === location));
  if (unidentified.length > 0) {
    const listed = unidentified.slice(0, 3).map((location) => location.slice(location.lastIndexOf('/') + 1)).join(', ');
    notices.push({ path: input.path, message: `${unidentified.length} bundled Java archive(s) without Maven coordinates (META-INF/maven/**/pom.properties) were not identified: ${listed}${unidentified.length > 3 ? ', …' : ''}` });
  }
  return { packages: walk.packages, errors: walk.errors, notices };
}
