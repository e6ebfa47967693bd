import type { DistributionRelease, Ecosystem, InventoryPackage } from '../../core/package-inventory.ts';
import type { RelatedFileReader } from '../../core/source-file.ts';
import { createPackage } from './create-package.ts';
import { parseOsRelease } from './os-release.ts';
import { buildRpmPurl } from './purl.ts';
import type { LockfileParseResult } from './inventory-package.ts';
import { readRpmHeader, RpmHeaderError, sourceRpmName, type RpmHeader } from './rpm-header.ts';

/** The rpm-based ecosystems OSV publishes advisories for, as OSV spells them. */
export type RpmEcosystem = Extract<Ecosystem, 'Red Hat' | 'AlmaLinux' | 'Rocky Linux' | 'SUSE' | 'openSUSE'>;

export interface RpmDistribution {
  ecosystem: RpmEcosystem;
  /** Undefined when the distribution has no OSV advisories of its own (Fedora, Amazon Linux): nothing is matched. */
  release: DistributionRelease | undefined;
  /** purl namespace: the vendor (`redhat`, `almalinux`, `opensuse`). */
  vendor: string | undefined;
  /** The purl `distro` qualifier when it is not `<id>-<release>`: SUSE's is `sles-15.5`, its OSV release `Linux Enterprise Server 15 SP5`. */
  purlDistro?: string;
}

/**
 * SUSE releases as OSV files them, from os-release's ID and VERSION_ID: `sles` 15.5 → `Linux
 * Enterprise Server 15 SP5`, `opensuse-leap` 15.5 → `Leap 15.5`, Tumbleweed has one.
 */
export function suseRelease(id: string, versionId: string): string | undefined {
  const [version, servicePack] = versionId.split('.');
  if (id === 'sles' || id === 'sled') return `Linux Enterprise ${id === 'sles' ? 'Server' : 'Desktop'} ${version}${servicePack && servicePack !== '0' ? ` SP${servicePack}` : ''}`;
  if (id === 'opensuse-leap') return `Leap ${versionId}`;
  if (id === 'opensuse-tumbleweed') return 'Tumbleweed';
  return undefined;
}

/**
 * The distribution an rpm database belongs to, from os-release, with the release spelled as its
 * OSV advisories spell it: `Red Hat` (`enterprise_linux:9`), `AlmaLinux:9`, `Rocky Linux:9`,
 * `SUSE:Linux Enterprise Server 15 SP5`, `openSUSE:Leap 15.5`. CentOS is matched against Red
 * Hat's advisories (same packages, as Trivy does); Fedora and Amazon Linux have no OSV feed.
 */
export function readRpmDistribution(related: RelatedFileReader | undefined, rootPrefix: string): RpmDistribution {
  const text = related?.read(`${rootPrefix}etc/os-release`) ?? related?.read(`${rootPrefix}usr/lib/os-release`);
  const fields = text ? parseOsRelease(text) : new Map<string, string>();
  const id = fields.get('ID')?.toLowerCase();
  const versionId = fields.get('VERSION_ID') ?? '';
  const major = versionId.split('.')[0] ?? '';
  if (!id || !versionId) return { ecosystem: 'Red Hat', release: undefined, vendor: id };
  switch (id) {
    case 'rhel':
    case 'centos':
      return { ecosystem: 'Red Hat', release: { id, release: major }, vendor: id === 'rhel' ? 'redhat' : 'centos' };
    case 'almalinux':
      return { ecosystem: 'AlmaLinux', release: { id, release: major }, vendor: 'almalinux' };
    case 'rocky':
      return { ecosystem: 'Rocky Linux', release: { id, release: major }, vendor: 'rocky' };
    case 'sles':
    case 'sled':
      return { ecosystem: 'SUSE', release: { id, release: suseRelease(id, versionId)! }, vendor: 'suse', purlDistro: `${id}-${versionId}` };
    case 'opensuse-leap':
    case 'opensuse-tumbleweed':
      return { ecosystem: 'openSUSE', release: { id, release: suseRelease(id, versionId)! }, vendor: 'opensuse', purlDistro: `${id}-${versionId}` };
    default:
      return { ecosystem: 'Red Hat', release: undefined, vendor: id };
  }
}

/** `[epoch:]version-release`, the form rpm advisories give fixed versions in. */
export function rpmVersion(header: Pick<RpmHeader, 'epoch' | 'version' | 'release'>): string {
  return `${header.epoch ? `${header.epoch}:` : ''}${header.version}-${header.release}`;
}

/**
 * One installed rpm, with its source rpm as `source`: AlmaLinux, Rocky Linux, SUSE and openSUSE
 * advisories name source packages (`openssl` for `openssl-libs`), Red Hat's binary or source
 * ones. A binary rpm shares its source's epoch, version and release.
 */
export function rpmInventoryPackage(header: RpmHeader, distribution: RpmDistribution, location: { path: string }): InventoryPackage {
  const version = rpmVersion(header);
  const item = createPackage({ ecosystem: distribution.ecosystem, name: header.name, version, direct: undefined, dev: false, location: { path: location.path, startLine: 1 }, licenses: header.license ? [header.license] : undefined });
  if (header.arch) item.architecture = header.arch;
  if (distribution.release) item.distribution = distribution.release;
  const upstream = header.sourceRpm ? sourceRpmName(header.sourceRpm) : undefined;
  item.source = { name: upstream ?? header.name, version };
  item.purl = buildRpmPurl(distribution.vendor, header.name, `${header.version}-${header.release}`, {
    ...(header.arch ? { arch: header.arch } : {}),
    ...(header.epoch ? { epoch: String(header.epoch) } : {}),
    ...(distribution.release ? { distro: distribution.purlDistro ?? `${distribution.release.id}-${distribution.release.release}` } : {}),
    ...(upstream && upstream !== header.name ? { upstream } : {}),
  });
  return item;
}

/**
 * The packages of an rpm database's header blobs, with the distribution from the os-release of
 * the same root; a blob that does not parse is an error naming its record, the others still count.
 */
export function rpmPackagesFromHeaders(headers: readonly { id: number; blob: Uint8Array }[], input: { path: string; related?: RelatedFileReader | undefined }): LockfileParseResult {
  // Everything before `var/lib/rpm/` or `usr/lib/sysimage/rpm/` is the root the database belongs to.
  const rootPrefix = input.path.slice(0, input.path.search(/(?:var\/lib|usr\/lib\/sysimage)\/rpm\//));
  const distribution = readRpmDistribution(input.related, rootPrefix);
  const packages: InventoryPackage[] = [];
  const errors: LockfileParseResult['errors'] = [];
  for (const { id, blob } of headers) {
    try {
      const header = readRpmHeader(blob);
      // gpg-pubkey entries are imported signing keys, not software.
      if (header.name === 'gpg-pubkey') continue;
      packages.push(rpmInventoryPackage(header, distribution, input));
    } catch (cause) {
      if (!(cause instanceof RpmHeaderError)) throw cause;
      errors.push({ path: input.path, code: 'RAMPART_E_PARSE', message: `package record ${id}: ${cause.message}` });
    }
  }
  return { packages, errors, notices: [] };
}
