import { compareAscii, compareDigitStrings } from './compare-digits.ts';
import { defineScheme, parsed, rejected, type ParseResult } from './version-scheme.ts';

/** A SemVer 2.0 version with every number kept as its digit string, so 2^53 and beyond compare exactly. */
export interface SemverVersion {
  readonly major: string;
  readonly minor: string;
  readonly patch: string;
  /** Dot-separated prerelease identifiers; empty for a release. */
  readonly prerelease: readonly string[];
  /** Build metadata: kept for display, ignored by precedence. */
  readonly build: readonly string[];
}

export interface SemverParseOptions {
  /** Accept `1` and `1.2` as shorthand for `1.0.0` and `1.2.0` (never with a prerelease or build), as Go and advisory data do. */
  readonly allowShorthand?: boolean;
}

// Optional leading "v", then MAJOR[.MINOR[.PATCH]] with no leading zeros, then an optional
// "-prerelease" and "+build" each made of dot-separated [0-9A-Za-z-] identifiers.
const semverPattern =
  /^v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
// An identifier made only of digits.
const numericIdentifier = /^\d+$/;

export function parseSemver(text: string, options: SemverParseOptions = {}): ParseResult<SemverVersion> {
  const match = semverPattern.exec(text);
  if (!match) return rejected('not MAJOR.MINOR.PATCH[-prerelease][+build]');
  const [, major = '', minor, patch, prerelease, build] = match;
  const isShort = minor === undefined || patch === undefined;
  if (isShort && (!options.allowShorthand || prerelease !== undefined || build !== undefined)) {
    return rejected('needs all three of MAJOR.MINOR.PATCH');
  }
  const prereleaseIds = prerelease === undefined ? [] : prerelease.split('.');
  const leadingZero = prereleaseIds.find((id) => numericIdentifier.test(id) && id.length > 1 && id.startsWith('0'));
  if (leadingZero !== undefined) return rejected(`numeric prerelease identifier "${leadingZero}" has a leading zero`);
  return parsed({
    major,
    minor: minor ?? '0',
    patch: patch ?? '0',
    prerelease: prereleaseIds,
    build: build === undefined ? [] : build.split('.'),
  });
}

/** SemVer 2.0 precedence (section 11): numbers, then a release above any of its prereleases, then identifier by identifier. */
export function compareSemver(a: SemverVersion, b: SemverVersion): number {
  return (
    compareDigitStrings(a.major, b.major) ||
    compareDigitStrings(a.minor, b.minor) ||
    compareDigitStrings(a.patch, b.patch) ||
    comparePrerelease(a.prerelease, b.prerelease)
  );
}

function comparePrerelease(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) {
    if (a.length === b.length) return 0;
    return a.length === 0 ? 1 : -1;
  }
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareIdentifier(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return Math.sign(a.length - b.length);
}

function compareIdentifier(a: string, b: string): number {
  const isNumericA = numericIdentifier.test(a);
  const isNumericB = numericIdentifier.test(b);
  if (isNumericA && isNumericB) return compareDigitStrings(a, b);
  if (isNumericA !== isNumericB) return isNumericA ? -1 : 1;
  return compareAscii(a, b);
}

/**
 * npm, crates.io and OSV `SEMVER` ranges. `1.0` reads as `1.0.0`: GitHub's advisories write
 * bounds such as `"introduced": "1.0"` for npm, and refusing them would leave a range unevaluated.
 */
export const semverScheme = defineScheme<SemverVersion>({
  id: 'semver',
  parse: (text) => parseSemver(text, { allowShorthand: true }),
  compareParsed: compareSemver,
});
