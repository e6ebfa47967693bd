/**
 * The key a package is indexed and looked up by. Lockfiles and advisories spell some names
 * differently (`Django` vs `django`, `zope.interface` vs `zope-interface`), so both sides go
 * through the same normalisation before they meet in the store.
 */
export function normalizePackageName(ecosystem: string, name: string): string {
  switch (baseEcosystem(ecosystem)) {
    case 'PyPI':
      return normalizePypiName(name);
    case 'Maven':
      return normalizeMavenName(name);
    case 'NuGet':
    case 'Packagist':
    case 'Hackage':
      // These registries treat names case-insensitively.
      return name.toLowerCase();
    default:
      // npm, Go module paths, crates.io, RubyGems, Debian/Alpine source packages: names are exact.
      return name;
  }
}

/** `Debian:12` → `Debian`: the release suffix picks a distribution, not a naming rule. */
export function baseEcosystem(ecosystem: string): string {
  const colon = ecosystem.indexOf(':');
  return colon === -1 ? ecosystem : ecosystem.slice(0, colon);
}

/** PEP 503: lowercase, and any run of `-`, `_` or `.` becomes one `-`. */
function normalizePypiName(name: string): string {
  // One or more of the three separator characters in a row.
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** Maven coordinates are `group:artifact`; stray spaces around the colon appear in some advisories. */
function normalizeMavenName(name: string): string {
  return name
    .split(':')
    .map((part) => part.trim())
    .join(':');
}
