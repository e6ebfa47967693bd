import { compareAscii, compareDigitStrings } from './compare-digits.ts';
import { defineScheme, parsed, rejected } from './version-scheme.ts';

/** A segment is a run of digits (kept as text, Ruby has no integer limit) or a run of letters. */
export type GemSegment = { readonly isNumber: true; readonly digits: string } | { readonly isNumber: false; readonly text: string };

export interface GemVersion {
  /** Segments with trailing zeros dropped from the release part and from the prerelease part, as Gem::Version does. */
  readonly canonical: readonly GemSegment[];
  /** Any letter makes a gem version a prerelease. */
  readonly isPrerelease: boolean;
}

// Digits, then dot-separated alphanumeric parts, then an optional "-" tail of dot-separated
// alphanumeric-or-hyphen parts (the shape Gem::Version::ANCHORED_VERSION_PATTERN accepts).
const gemVersionPattern = /^[0-9]+(?:\.[0-9a-zA-Z]+)*(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
// A run of digits or a run of ASCII letters: the segments Gem::Version compares.
const segmentPattern = /[0-9]+|[a-z]+/gi;
// Any ASCII letter.
const letter = /[a-z]/i;

/** RubyGems versions with Gem::Version ordering: `1.0.a` < `1.0` because a letter segment sorts below any number. */
export const rubygemsScheme = defineScheme<GemVersion>({
  id: 'rubygems',
  parse(text) {
    const trimmed = text.trim();
    if (!gemVersionPattern.test(trimmed)) return rejected('not a RubyGems version (digits, dots, letters, optional -prerelease)');
    // Gem::Version reads "1.0-rc1" as "1.0.pre.rc1".
    const normalised = trimmed.replaceAll('-', '.pre.');
    return parsed({ canonical: canonicalSegments(normalised), isPrerelease: letter.test(normalised) });
  },
  compareParsed: (a, b) => compareSegments(a.canonical, b.canonical),
});

function canonicalSegments(version: string): GemSegment[] {
  const segments = (version.match(segmentPattern) ?? []).map(
    (part): GemSegment => (part[0]! >= '0' && part[0]! <= '9' ? { isNumber: true, digits: part } : { isNumber: false, text: part }),
  );
  const firstLetters = segments.findIndex((segment) => !segment.isNumber);
  const splitAt = firstLetters === -1 ? segments.length : firstLetters;
  return [...dropTrailingZeros(segments.slice(0, splitAt)), ...dropTrailingZeros(segments.slice(splitAt))];
}

function dropTrailingZeros(segments: GemSegment[]): GemSegment[] {
  let end = segments.length;
  while (end > 0 && isZero(segments[end - 1]!)) end--;
  return segments.slice(0, end);
}

function isZero(segment: GemSegment): boolean {
  return segment.isNumber && compareDigitStrings(segment.digits, '0') === 0;
}

const zero: GemSegment = { isNumber: true, digits: '0' };

function compareSegments(left: readonly GemSegment[], right: readonly GemSegment[]): number {
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const a = left[i] ?? zero;
    const b = right[i] ?? zero;
    if (a.isNumber && b.isNumber) {
      const order = compareDigitStrings(a.digits, b.digits);
      if (order !== 0) return order;
    } else if (!a.isNumber && !b.isNumber) {
      const order = compareAscii(a.text, b.text);
      if (order !== 0) return order;
    } else {
      return a.isNumber ? 1 : -1;
    }
  }
  return 0;
}
