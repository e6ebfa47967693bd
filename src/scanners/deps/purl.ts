import type { Ecosystem } from './inventory-package.ts';

/** purl types per ecosystem (package-url spec, PURL-TYPES). */
const purlTypes: Readonly<Record<Ecosystem, string>> = {
  npm: 'npm',
  PyPI: 'pypi',
  Go: 'golang',
  'crates.io': 'cargo',
  RubyGems: 'gem',
  Packagist: 'composer',
  Maven: 'maven',
  NuGet: 'nuget',
  Debian: 'deb',
  Ubuntu: 'deb',
  Alpine: 'apk',
  'Red Hat': 'rpm',
  AlmaLinux: 'rpm',
  'Rocky Linux': 'rpm',
  SUSE: 'rpm',
  openSUSE: 'rpm',
};

/** deb and apk purls name the vendor as namespace. */
const osNamespaces: Partial<Record<Ecosystem, string>> = { Debian: 'debian', Ubuntu: 'ubuntu', Alpine: 'alpine' };

/**
 * A package URL, `pkg:type/namespace/name@version`. Each segment is percent-encoded; the
 * namespace split and case rules follow each type's definition in the purl spec.
 */
export function buildPurl(ecosystem: Ecosystem, name: string, version: string | undefined, qualifiers: Readonly<Record<string, string>> = {}): string {
  const type = purlTypes[ecosystem];
  const { namespace, leaf } = splitName(ecosystem, name);
  const path = [...namespace.map(encodeSegment), encodeSegment(leaf)].join('/');
  // Qualifier keys are sorted, as the spec's canonical form requires.
  const query = Object.keys(qualifiers).sort().map((key) => `${key}=${encodeSegment(qualifiers[key]!)}`).join('&');
  return `pkg:${type}/${path}${version === undefined ? '' : `@${encodeSegment(version)}`}${query ? `?${query}` : ''}`;
}

function splitName(ecosystem: Ecosystem, name: string): { namespace: string[]; leaf: string } {
  switch (ecosystem) {
    case 'npm': {
      // Scoped names `@scope/name`: the scope is the namespace, and the spec keeps its `@` (encoded).
      const slash = name.startsWith('@') ? name.indexOf('/') : -1;
      return slash === -1 ? { namespace: [], leaf: name } : { namespace: [name.slice(0, slash)], leaf: name.slice(slash + 1) };
    }
    case 'PyPI':
      // The pypi type is case-insensitive with `_` read as `-`; names arrive PEP 503-normalised already.
      return { namespace: [], leaf: name.toLowerCase().replace(/_/g, '-') };
    case 'Go':
    case 'Packagist': {
      // Go module paths and composer `vendor/package` names put everything before the last `/` in the namespace.
      const parts = name.split('/');
      const leaf = parts.pop() ?? name;
      return { namespace: parts, leaf };
    }
    case 'Maven': {
      const colon = name.indexOf(':');
      return colon === -1 ? { namespace: [], leaf: name } : { namespace: [name.slice(0, colon)], leaf: name.slice(colon + 1) };
    }
    case 'Debian':
    case 'Ubuntu':
    case 'Alpine':
      return { namespace: [osNamespaces[ecosystem]!], leaf: name };
    default:
      return { namespace: [], leaf: name };
  }
}

/** encodeURIComponent, but `:` stays literal as the spec allows, and `+` (Go `+incompatible`, semver build) is encoded. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/%3A/gi, ':');
}

/**
 * An rpm purl, `pkg:rpm/<vendor>/<name>@<version>-<release>?epoch=…`: the vendor namespace comes
 * from the distribution (one ecosystem serves several vendors), and the epoch is a qualifier as
 * the purl spec's rpm type defines it.
 */
export function buildRpmPurl(vendor: string | undefined, name: string, versionRelease: string, qualifiers: Readonly<Record<string, string>>): string {
  const query = Object.keys(qualifiers).sort().map((key) => `${key}=${encodeSegment(qualifiers[key]!)}`).join('&');
  return `pkg:rpm/${vendor ? `${encodeSegment(vendor)}/` : ''}${encodeSegment(name)}@${encodeSegment(versionRelease)}${query ? `?${query}` : ''}`;
}
