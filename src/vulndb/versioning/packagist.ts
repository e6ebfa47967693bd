import { compareDigitStrings } from './compare-digits.ts';
import { defineScheme, parsed, rejected } from './version-scheme.ts';

export interface PackagistVersion {
  /** Dot-separated parts after PHP's canonicalisation: each a digit run or a word. */
  readonly parts: readonly string[];
}

/**
 * Stability words by rank, matched as prefixes the way PHP's version_compare does
 * (`patch` ranks as `p`, `beta` as `b`); a number ranks `numberRank`, an unknown word below `dev`.
 */
const specialForms: ReadonlyArray<readonly [string, number]> = [
  ['dev', 0],
  ['alpha', 1],
  ['a', 1],
  ['beta', 2],
  ['b', 2],
  ['RC', 3],
  ['rc', 3],
  ['pl', 5],
  ['p', 5],
];
const numberRank = 4;
const unknownRank = -1;

// The leading release numbers: digits separated by dots.
const releasePrefix = /^\d+(?:\.\d+)*/;
// A Composer branch name rather than a version: "dev-main", "1.x-dev", "2.1.x-dev".
const branchName = /^dev-|\.x-dev$/i;
// A trailing "stable" flag, which Composer drops when normalising.
const stableSuffix = /[-._]?stable$/i;

/**
 * Packagist (Composer) versions: Composer's normalisation (a `v` dropped, the release padded to
 * four numbers so `1.0` = `1.0.0.0`, `stable` dropped) followed by PHP's version_compare, which
 * ranks `dev` < `alpha`/`a` < `beta`/`b` < `RC` < release < `patch`/`pl`/`p`.
 */
export const packagistScheme = defineScheme<PackagistVersion>({
  id: 'packagist',
  parse(text) {
    const trimmed = text.trim().replace(/^[vV]/, '');
    if (branchName.test(trimmed)) return rejected('a branch name, not a version');
    const release = releasePrefix.exec(trimmed)?.[0];
    if (release === undefined) return rejected('does not start with a number');
    const padding = '.0'.repeat(Math.max(0, 4 - release.split('.').length));
    const rest = trimmed.slice(release.length).replace(stableSuffix, '');
    return parsed({ parts: canonicalParts(`${release}${padding}${rest}`) });
  },
  compareParsed: (a, b) => compareParts(a.parts, b.parts),
});

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isAlphanumeric(c: string): boolean {
  return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/** PHP's canonicalisation: `-`, `_`, `+` and other symbols become dots, and a dot goes between digits and letters. */
function canonicalParts(version: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (const c of version) {
    const isBoundary = !isAlphanumeric(c) || (current.length > 0 && isDigit(current[0]) !== isDigit(c));
    if (isBoundary && current.length > 0) {
      parts.push(current);
      current = '';
    }
    if (isAlphanumeric(c)) current += c;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

function rankOf(part: string): number {
  if (isDigit(part[0])) return numberRank;
  return specialForms.find(([prefix]) => part.startsWith(prefix))?.[1] ?? unknownRank;
}

function compareParts(a: readonly string[], b: readonly string[]): number {
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i++) {
    const [x, y] = [a[i]!, b[i]!];
    const order = isDigit(x[0]) && isDigit(y[0]) ? compareDigitStrings(x, y) : Math.sign(rankOf(x) - rankOf(y));
    if (order !== 0) return order;
  }
  // The longer version wins when it goes on with a number; a word after the end ranks against a number.
  if (a.length > shared) return isDigit(a[shared]![0]) ? 1 : Math.sign(rankOf(a[shared]!) - numberRank);
  if (b.length > shared) return isDigit(b[shared]![0]) ? -1 : Math.sign(numberRank - rankOf(b[shared]!));
  return 0;
}
