import type { ScanError } from '../../core/finding.ts';
import { createPackage } from './create-package.ts';
import type { Ecosystem, InventoryPackage } from './inventory-package.ts';
import { suseRelease, type RpmEcosystem } from './rpm-package.ts';
import { isRecord, parseJsonDocument, stringOf } from './json-document.ts';
import { createLineIndex, type LineIndex } from './line-index.ts';

/** purl types rampart can match, and the ecosystem each stands for (the inverse of purl.ts). */
const ecosystemsByPurlType: Readonly<Record<string, Ecosystem>> = {
  npm: 'npm',
  pypi: 'PyPI',
  golang: 'Go',
  cargo: 'crates.io',
  gem: 'RubyGems',
  composer: 'Packagist',
  maven: 'Maven',
  nuget: 'NuGet',
  deb: 'Debian',
  apk: 'Alpine',
};

export interface SbomInventory {
  packages: InventoryPackage[];
  errors: ScanError[];
  /** Components without a purl of a supported type: counted, not guessed. */
  skipped: number;
}

interface SbomEntry {
  purl: string;
  /** true for CycloneDX scope optional or an SPDX DEV_DEPENDENCY_OF; undefined when the SBOM does not say. */
  dev: boolean | undefined;
  direct: boolean | undefined;
  licenses: string[];
}

/**
 * Reads a CycloneDX (1.4+) or SPDX 2.x JSON SBOM back into inventory packages, so a bill of
 * materials from another tool (or from `rampart sbom`) can be matched like a lockfile. Only the
 * purl identifies a package; a component without one is skipped and counted.
 */
export function readSbomInventory(path: string, text: string): SbomInventory {
  const parsed = parseJsonDocument(path, text);
  if (!parsed.ok) return { packages: [], errors: [parsed.error], skipped: 0 };
  const document = parsed.value;
  const entries = !isRecord(document) ? undefined : document.bomFormat === 'CycloneDX' ? cycloneDxEntries(document) : typeof document.spdxVersion === 'string' ? spdxEntries(document) : undefined;
  if (!entries) return { packages: [], errors: [{ path, line: 1, code: 'RAMPART_E_PARSE', message: 'not a CycloneDX or SPDX JSON document (no bomFormat or spdxVersion)' }], skipped: 0 };
  const lines = createLineIndex(text);
  const packages: InventoryPackage[] = [];
  let skipped = 0;
  for (const entry of entries) {
    const item = packageFromPurl(entry, path, text, lines);
    if (item) packages.push(item);
    else skipped++;
  }
  return { packages, errors: [], skipped };
}

function cycloneDxEntries(bom: Record<string, unknown>): SbomEntry[] {
  const metadata = isRecord(bom.metadata) ? bom.metadata : {};
  const rootRef = isRecord(metadata.component) ? stringOf(metadata.component['bom-ref']) : undefined;
  const dependencies = Array.isArray(bom.dependencies) ? bom.dependencies.filter(isRecord) : [];
  const rootEntry = rootRef === undefined ? undefined : dependencies.find((entry) => entry.ref === rootRef);
  const directRefs = rootEntry && Array.isArray(rootEntry.dependsOn) ? new Set(rootEntry.dependsOn.filter((ref): ref is string => typeof ref === 'string')) : undefined;
  const entries: SbomEntry[] = [];
  // Components nest (an application bundling libraries); a work list keeps document order and avoids recursion on hostile depth.
  const pending = Array.isArray(bom.components) ? [...bom.components] : [];
  for (let index = 0; index < pending.length; index++) {
    const component: unknown = pending[index];
    if (!isRecord(component)) continue;
    if (Array.isArray(component.components)) pending.push(...component.components);
    const purl = stringOf(component.purl);
    const ref = stringOf(component['bom-ref']);
    entries.push({
      purl: purl ?? '',
      dev: component.scope === 'optional' ? true : component.scope === 'required' ? false : undefined,
      direct: directRefs && ref !== undefined ? directRefs.has(ref) : undefined,
      licenses: cycloneDxLicenses(component.licenses),
    });
  }
  return entries;
}

function cycloneDxLicenses(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).flatMap((choice) => {
    const expression = stringOf(choice.expression);
    if (expression) return [expression];
    const license = isRecord(choice.license) ? choice.license : {};
    const named = stringOf(license.id) ?? stringOf(license.name);
    return named ? [named] : [];
  });
}

function spdxEntries(document: Record<string, unknown>): SbomEntry[] {
  const relationships = Array.isArray(document.relationships) ? document.relationships.filter(isRecord) : [];
  const roots = new Set(relationships.filter((relation) => relation.spdxElementId === 'SPDXRef-DOCUMENT' && relation.relationshipType === 'DESCRIBES').map((relation) => String(relation.relatedSpdxElement)));
  const directIds = new Set<string>();
  const devIds = new Set<string>();
  const productionIds = new Set<string>();
  for (const relation of relationships) {
    const from = String(relation.spdxElementId);
    const to = String(relation.relatedSpdxElement);
    if (relation.relationshipType === 'DEPENDS_ON' && roots.has(from)) {
      directIds.add(to);
      productionIds.add(to);
    }
    if (relation.relationshipType === 'DEV_DEPENDENCY_OF' && roots.has(to)) {
      directIds.add(from);
      devIds.add(from);
    }
  }
  const hasGraph = relationships.some((relation) => relation.relationshipType === 'DEPENDS_ON' || relation.relationshipType === 'DEV_DEPENDENCY_OF');
  const packages = Array.isArray(document.packages) ? document.packages.filter(isRecord) : [];
  return packages
    .filter((item) => !roots.has(String(item.SPDXID)))
    .map((item) => {
      const id = String(item.SPDXID);
      const refs = Array.isArray(item.externalRefs) ? item.externalRefs.filter(isRecord) : [];
      const purl = refs.find((ref) => ref.referenceType === 'purl' && typeof ref.referenceLocator === 'string')?.referenceLocator as string | undefined;
      const declared = stringOf(item.licenseDeclared);
      return {
        purl: purl ?? '',
        // Only the project's own edges say dev or not; a transitive package's scope is unknown.
        dev: devIds.has(id) ? true : productionIds.has(id) ? false : undefined,
        direct: hasGraph ? directIds.has(id) : undefined,
        licenses: declared && declared !== 'NOASSERTION' && declared !== 'NONE' ? [declared] : [],
      };
    });
}

/** `pkg:type/namespace/name@version?qualifiers#subpath`, per the purl spec; undefined for types rampart does not match. */
function packageFromPurl(entry: SbomEntry, path: string, text: string, lines: LineIndex): InventoryPackage | undefined {
  // Groups: the type, everything up to an optional `@version`, the version, then the qualifiers up to a subpath.
  const match = /^pkg:([A-Za-z.+-]+)\/([^@?#]+)(?:@([^?#]+))?(?:\?([^#]*))?/.exec(entry.purl);
  if (!match) return undefined;
  const purlType = match[1]!.toLowerCase();
  const segments = match[2]!.split('/').filter((segment) => segment !== '').map(decodeSegment);
  if (segments.length === 0 || segments.some((segment) => segment === undefined)) return undefined;
  const leaf = segments.pop()!;
  if (purlType === 'rpm') return rpmPackageFromPurl(entry, segments[0]?.toLowerCase(), leaf, match[3], qualifiersOf(match[4] ?? ''), path, lines.lineOf(Math.max(0, text.indexOf(JSON.stringify(entry.purl)))));
  const isOsPackage = purlType === 'deb' || purlType === 'apk';
  // deb purls name the vendor as namespace; ubuntu's advisories are their own ecosystem.
  const ecosystem = purlType === 'deb' && segments[0]?.toLowerCase() === 'ubuntu' ? 'Ubuntu' : ecosystemsByPurlType[purlType];
  if (!ecosystem) return undefined;
  const name = isOsPackage ? leaf : ecosystem === 'Maven' && segments.length > 0 ? `${segments.join('.')}:${leaf}` : [...segments, leaf].join('/');
  const version = match[3] === undefined ? undefined : decodeSegment(match[3]);
  const offset = text.indexOf(JSON.stringify(entry.purl));
  const item = createPackage({
    ecosystem,
    name,
    version,
    direct: entry.direct,
    dev: entry.dev,
    location: { path, startLine: offset === -1 ? 1 : lines.lineOf(offset) },
    licenses: entry.licenses,
  });
  if (isOsPackage) withOsQualifiers(item, ecosystem, entry.purl, qualifiersOf(match[4] ?? ''));
  return item;
}

/**
 * What rampart's own deb and apk purls carry back: `upstream` is the source package advisories
 * name, `distro` the release that picks them (`debian-12`, `ubuntu-22.04`; Alpine's bare `3.20`).
 * The original purl is kept, since its qualifiers are part of the package's identity.
 */
function withOsQualifiers(item: InventoryPackage, ecosystem: Ecosystem, purl: string, qualifiers: ReadonlyMap<string, string>): void {
  item.purl = purl;
  if (item.version !== undefined) item.source = { name: qualifiers.get('upstream') ?? item.name, version: item.version };
  const architecture = qualifiers.get('arch');
  if (architecture) item.architecture = architecture;
  const distribution = distributionOf(ecosystem, qualifiers.get('distro'));
  if (distribution) item.distribution = distribution;
}

function distributionOf(ecosystem: Ecosystem, distro: string | undefined): InventoryPackage['distribution'] {
  if (!distro) return undefined;
  if (ecosystem === 'Alpine') return { id: 'alpine', release: distro.startsWith('v') ? distro : `v${distro}` };
  // `debian-12`: the vendor id, a dash, then the release; a bare release is the namespace's vendor.
  const dash = distro.indexOf('-');
  const vendor = ecosystem === 'Ubuntu' ? 'ubuntu' : 'debian';
  return dash === -1 ? { id: vendor, release: distro } : { id: distro.slice(0, dash).toLowerCase(), release: distro.slice(dash + 1) };
}

/** rpm purl vendors (namespaces) and the OSV ecosystem of their advisories. */
const rpmEcosystemsByVendor: Readonly<Record<string, RpmEcosystem>> = { redhat: 'Red Hat', rhel: 'Red Hat', centos: 'Red Hat', almalinux: 'AlmaLinux', rocky: 'Rocky Linux', suse: 'SUSE', opensuse: 'openSUSE' };
/** os-release ids as rampart writes them in `distro` (`almalinux-9`, `opensuse-leap-15.5`, `sles-15.5`); longest first, since some contain a dash. */
const rpmDistroIds = ['opensuse-tumbleweed', 'opensuse-leap', 'almalinux', 'redhat', 'centos', 'rocky', 'rhel', 'sles', 'sled'];
const majorReleaseIds = new Set(['rhel', 'centos', 'almalinux', 'rocky']);

/**
 * An rpm purl back into a package: the vendor picks the ecosystem, the `epoch` qualifier goes
 * back in front of the version (`1:3.0.7-27.el9`), and `distro` gives the release. A vendor
 * without OSV advisories (fedora, amzn) is skipped like any unsupported type.
 */
function rpmPackageFromPurl(entry: SbomEntry, vendor: string | undefined, name: string, rawVersion: string | undefined, qualifiers: ReadonlyMap<string, string>, path: string, line: number): InventoryPackage | undefined {
  const ecosystem = vendor ? rpmEcosystemsByVendor[vendor] : undefined;
  const versionRelease = rawVersion === undefined ? undefined : decodeSegment(rawVersion);
  if (!ecosystem || versionRelease === undefined) return undefined;
  const epoch = qualifiers.get('epoch');
  const item = createPackage({ ecosystem, name, version: epoch && epoch !== '0' ? `${epoch}:${versionRelease}` : versionRelease, direct: entry.direct, dev: entry.dev, location: { path, startLine: line }, licenses: entry.licenses });
  item.purl = entry.purl;
  item.source = { name: qualifiers.get('upstream') ?? name, version: item.version! };
  const architecture = qualifiers.get('arch');
  if (architecture) item.architecture = architecture;
  const distro = qualifiers.get('distro');
  const id = distro ? rpmDistroIds.find((candidate) => distro.startsWith(`${candidate}-`)) : undefined;
  if (distro && id) {
    const release = distro.slice(id.length + 1);
    const normalizedId = id === 'redhat' ? 'rhel' : id;
    item.distribution = { id: normalizedId, release: majorReleaseIds.has(normalizedId) ? release.split('.')[0]! : (suseRelease(normalizedId, release) ?? release) };
  }
  return item;
}

/** `key=value&key=value`, values percent-decoded; keys are case-insensitive per the purl spec. */
function qualifiersOf(query: string): Map<string, string> {
  const qualifiers = new Map<string, string>();
  for (const pair of query.split('&')) {
    const equals = pair.indexOf('=');
    if (equals <= 0) continue;
    const value = decodeSegment(pair.slice(equals + 1));
    if (value !== undefined && value !== '') qualifiers.set(pair.slice(0, equals).toLowerCase(), value);
  }
  return qualifiers;
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
