import { compareAscii, compareDigitStrings } from './compare-digits.ts';
import { defineScheme, parsed, rejected, type ParseResult } from './version-scheme.ts';

/** `[epoch:]version[-release]` as rpm splits an EVR string. */
export interface RpmVersion {
  readonly epoch: string;
  readonly version: string;
  /** Undefined when absent: rpm.vercmp then ranks it below the same version with any release (`1.0` < `1.0-~`). */
  readonly release: string | undefined;
}

// An optional "digits:" epoch (possibly empty digits, which rpm reads as 0), then the rest.
const epochPrefix = /^(\d*):/;
// What rpm packaging allows in a version or release: alphanumerics and . _ + ~ ^ (no hyphen, no colon).
const partCharacters = /^[0-9A-Za-z._+~^]+$/;

/** Red Hat, Rocky Linux, AlmaLinux, SUSE, openEuler and other rpm-based package versions, ordered as rpmvercmp does. */
export const rpmScheme = defineScheme<RpmVersion>({
  id: 'rpm',
  parse: parseRpmVersion,
  compareParsed: (a, b) => rpmvercmp(a.epoch, b.epoch) || rpmvercmp(a.version, b.version) || compareReleases(a.release, b.release),
});

function compareReleases(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  return rpmvercmp(a, b);
}

export function parseRpmVersion(text: string): ParseResult<RpmVersion> {
  const trimmed = text.trim();
  const epochMatch = epochPrefix.exec(trimmed);
  const epoch = epochMatch?.[1] || '0';
  const rest = epochMatch ? trimmed.slice(epochMatch[0].length) : trimmed;
  const hyphen = rest.indexOf('-');
  const version = hyphen === -1 ? rest : rest.slice(0, hyphen);
  const release = hyphen === -1 ? undefined : rest.slice(hyphen + 1);
  if (!partCharacters.test(version)) return rejected('version is empty or has characters rpm does not allow');
  if (release !== undefined && !partCharacters.test(release)) return rejected('release is empty or has characters rpm does not allow (one hyphen at most)');
  return parsed({ epoch, version, release });
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

/** Separators are skipped; they only split segments. */
function isSeparator(c: string): boolean {
  return !isDigit(c) && !isLetter(c) && c !== '~' && c !== '^';
}

/**
 * rpm's segment comparison: digit runs numerically (a number beats letters), letter runs in ASCII
 * order, `~` below everything including the end, and `^` above the end but below anything else,
 * so 1.0~rc1 < 1.0 < 1.0^git1 < 1.0.1.
 */
export function rpmvercmp(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while (i < a.length && isSeparator(a[i]!)) i++;
    while (j < b.length && isSeparator(b[j]!)) j++;
    const [ca, cb] = [a[i], b[j]];
    if (ca === '~' || cb === '~') {
      if (ca !== '~') return 1;
      if (cb !== '~') return -1;
      i++;
      j++;
      continue;
    }
    if (ca === '^' || cb === '^') {
      if (ca === undefined) return -1;
      if (cb === undefined) return 1;
      if (ca !== '^') return 1;
      if (cb !== '^') return -1;
      i++;
      j++;
      continue;
    }
    if (ca === undefined || cb === undefined) break;
    const isNumeric = isDigit(ca);
    const sameClass = isNumeric ? isDigit : isLetter;
    const endA = runEnd(a, i, sameClass);
    const endB = runEnd(b, j, sameClass);
    // The other side has a segment of the other kind here: numbers are newer than letters.
    if (endB === j) return isNumeric ? 1 : -1;
    const order = isNumeric ? compareDigitStrings(a.slice(i, endA), b.slice(j, endB)) : compareAscii(a.slice(i, endA), b.slice(j, endB));
    if (order !== 0) return order;
    i = endA;
    j = endB;
  }
  if (i >= a.length && j >= b.length) return 0;
  return i >= a.length ? -1 : 1;
}

function runEnd(text: string, start: number, belongs: (c: string | undefined) => boolean): number {
  let end = start;
  while (end < text.length && belongs(text[end])) end++;
  return end;
}
