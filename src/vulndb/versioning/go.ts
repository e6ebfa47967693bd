import { compareSemver, parseSemver, type SemverVersion } from './semver.ts';
import { defineScheme } from './version-scheme.ts';

/**
 * Go module versions are SemVer with a `v` that OSV's Go records leave out, so both spellings
 * parse. Pseudo-versions are ordinary prereleases whose identifiers were chosen to sort by commit
 * time, and `+incompatible` is build metadata, so SemVer precedence already orders them the way
 * the go command does.
 */
export const goScheme = defineScheme<SemverVersion>({
  id: 'go',
  parse: (text) => parseSemver(text, { allowShorthand: true }),
  compareParsed: compareSemver,
});

export interface GoPseudoVersion {
  /** The prerelease text before the timestamp: '' for v0.0.0-…, 'pre.0' style for vX.Y.Z-pre.0.…, '0' for vX.Y.Z-0.…. */
  readonly basePrerelease: string;
  /** UTC commit time as yyyymmddhhmmss. */
  readonly timestamp: string;
  /** Commit hash prefix (12 hex digits in versions the go command writes). */
  readonly revision: string;
}

// The prerelease of a pseudo-version: either "<14-digit time>-<revision>" alone (vX.0.0 form), or
// "<anything>.0.<time>-<revision>" / "0.<time>-<revision>" for the two forms built on a tagged base.
const pseudoPrerelease = /^(?:(.*\.)?0\.)?(\d{14})-([0-9A-Za-z]+)$/;

/** Splits a pseudo-version into its parts, or returns undefined for any other version. */
export function parseGoPseudoVersion(text: string): GoPseudoVersion | undefined {
  const result = parseSemver(text);
  if (!result.ok) return undefined;
  const match = pseudoPrerelease.exec(result.value.prerelease.join('.'));
  if (!match) return undefined;
  const [, prefix, timestamp = '', revision = ''] = match;
  const isZeroBase = result.value.minor === '0' && result.value.patch === '0';
  // "vX.0.0-<time>-<rev>" is only a pseudo-version on an x.0.0 base; elsewhere it needs the ".0." marker.
  if (match[0] === `${timestamp}-${revision}` && !isZeroBase) return undefined;
  const basePrerelease = prefix === undefined ? (match[0].startsWith('0.') ? '0' : '') : `${prefix}0`;
  return { basePrerelease, timestamp, revision };
}
