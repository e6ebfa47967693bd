/** OSV ecosystem names, spelled as OSV spells them, so the matcher can use them unchanged. */
export type Ecosystem = 'npm' | 'PyPI' | 'Go' | 'crates.io' | 'RubyGems' | 'Packagist' | 'Maven' | 'NuGet' | 'Debian' | 'Ubuntu' | 'Alpine' | 'Red Hat' | 'AlmaLinux' | 'Rocky Linux' | 'SUSE' | 'openSUSE';

/** The Linux distribution an OS package was installed from, read from `/etc/os-release`. */
export interface DistributionRelease {
  /** `ID` of os-release: debian, ubuntu, alpine. */
  id: string;
  /** The release as the distribution's advisories name it: `12` (Debian), `22.04` (Ubuntu), `v3.20` (Alpine). */
  release: string;
}

/** Why a declared dependency has no exact version: the matcher cannot check it, and the report says why. */
export type UnresolvedReason =
  | 'unpinned'        // a range or no version at all (`requests>=2`, `flask`)
  | 'url'             // a direct URL, VCS reference or local path instead of a registry version
  | 'editable'        // `-e` installs a working tree
  | 'property'        // a Maven `${property}` that the file does not define
  | 'local-replace';  // a Go module replaced by a directory on disk

export interface InventoryLocation {
  /** Repo-relative POSIX path of the lockfile or manifest. */
  path: string;
  /** 1-based line where the package's entry starts. */
  startLine: number;
  /** 1-based column of the entry's first character, when known. */
  startColumn?: number;
}

/** A package of the same lockfile, by its normalised name and version (two versions of one name can be locked). */
export interface PackageReference {
  name: string;
  version: string | undefined;
}

/** One package a lockfile or manifest declares: the unit the OSV matcher and the SBOM writers consume. */
export interface InventoryPackage {
  ecosystem: Ecosystem;
  /** Normalised as the ecosystem's advisories name it: PEP 503 for PyPI, `group:artifact` for Maven. */
  name: string;
  /** The exact installed version; undefined when the file does not pin one (see unresolved). */
  version: string | undefined;
  /** Set exactly when version is undefined, or when a version is present but not from the registry. */
  unresolved?: { reason: UnresolvedReason; detail: string };
  purl?: string;
  /** Declared by the project itself (true), pulled in by another package (false), or unknown. */
  direct: boolean | undefined;
  /** Only needed for development (devDependencies, dev groups), or unknown. */
  dev: boolean | undefined;
  location: InventoryLocation;
  /** Names from a direct dependency down to this package (both ends included), when the lockfile shows the graph. */
  dependencyPath?: string[];
  /**
   * Every package of the same lockfile that this one depends on, as the lockfile records it (all
   * edges, not only those on the shortest path), when the lockfile records the graph.
   */
  dependsOn?: PackageReference[];
  /** SPDX licence expressions or names exactly as the lockfile records them (npm v2+, composer), when it does. */
  licenses?: string[];
  /**
   * For OS packages: the source package it was built from. Debian and Alpine advisories name
   * source packages (`openssl`), not binary ones (`libssl3`), and the versions can differ
   * (binNMUs), so matching uses these.
   */
  source?: { name: string; version: string };
  /** For OS packages: the distribution release, which picks the advisories (`Debian:12`). */
  distribution?: DistributionRelease;
  /** For OS packages: the CPU architecture recorded by the package manager. */
  architecture?: string;
}
