import { apkScheme } from './apk.ts';
import { dpkgScheme } from './dpkg.ts';
import { goScheme } from './go.ts';
import { mavenScheme } from './maven.ts';
import { nugetScheme } from './nuget.ts';
import { packagistScheme } from './packagist.ts';
import { pep440Scheme } from './pep440.ts';
import { rpmScheme } from './rpm.ts';
import { rubygemsScheme } from './rubygems.ts';
import { semverScheme } from './semver.ts';
import type { VersionScheme, VersionSchemeId } from './version-scheme.ts';

export type { ParseResult, VersionScheme, VersionSchemeId } from './version-scheme.ts';
export { InvalidVersionError } from './version-scheme.ts';

export const versionSchemes = [
  semverScheme,
  pep440Scheme,
  goScheme,
  mavenScheme,
  rubygemsScheme,
  nugetScheme,
  packagistScheme,
  dpkgScheme,
  rpmScheme,
  apkScheme,
] as const satisfies readonly VersionScheme[];

/**
 * OSV ecosystem names (before any `:release` suffix) and the scheme their versions follow.
 * Ecosystems missing here (Hackage, CRAN, opam, GitHub Actions, …) have no scheme yet:
 * their ECOSYSTEM ranges cannot be evaluated, only their explicit `versions` lists.
 */
const ecosystemSchemes: Readonly<Record<string, VersionSchemeId>> = {
  npm: 'semver',
  'crates.io': 'semver',
  // Hex and Pub follow SemVer 2.0; Pub also orders build metadata, which semver ignores.
  Hex: 'semver',
  Pub: 'semver',
  SwiftURL: 'semver',
  PyPI: 'pep440',
  Go: 'go',
  Kubernetes: 'go',
  Maven: 'maven',
  RubyGems: 'rubygems',
  NuGet: 'nuget',
  Packagist: 'packagist',
  Debian: 'dpkg',
  Ubuntu: 'dpkg',
  Echo: 'dpkg',
  Alpine: 'apk',
  Alpaquita: 'apk',
  'BellSoft Hardened Containers': 'apk',
  Chainguard: 'apk',
  Wolfi: 'apk',
  MinimOS: 'apk',
  'Red Hat': 'rpm',
  'Rocky Linux': 'rpm',
  AlmaLinux: 'rpm',
  SUSE: 'rpm',
  openSUSE: 'rpm',
  'Photon OS': 'rpm',
  Mageia: 'rpm',
  openEuler: 'rpm',
  'Azure Linux': 'rpm',
};

const schemesById = new Map<VersionSchemeId, VersionScheme>(versionSchemes.map((scheme) => [scheme.id, scheme]));
const schemeIdsByLowerName = new Map(Object.entries(ecosystemSchemes).map(([name, id]) => [name.toLowerCase(), id]));

export function schemeById(id: VersionSchemeId): VersionScheme {
  return schemesById.get(id)!;
}

/** The scheme for an OSV ecosystem string such as `PyPI`, `Debian:12` or `Red Hat:rhel_aus:8.4::appstream`. */
export function schemeForEcosystem(ecosystem: string): VersionScheme | undefined {
  const colon = ecosystem.indexOf(':');
  const base = (colon === -1 ? ecosystem : ecosystem.slice(0, colon)).trim();
  const id = ecosystemSchemes[base] ?? schemeIdsByLowerName.get(base.toLowerCase());
  return id === undefined ? undefined : schemeById(id);
}

/** Every ecosystem name the registry knows, for tests and docs. */
export function knownEcosystems(): readonly string[] {
  return Object.keys(ecosystemSchemes);
}
