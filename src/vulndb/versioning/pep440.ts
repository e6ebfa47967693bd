import pep440 from '@renovatebot/pep440';
import { compareDigitStrings } from './compare-digits.ts';
import { defineScheme, parsed, rejected } from './version-scheme.ts';

export interface Pep440Version {
  /** The text as given; the library compares it, and normalises spelling (`1.0-RC1` = `1.0rc1`) as it does. */
  readonly text: string;
  readonly epoch: string;
  /** Release numbers as digit strings: the library holds them as JS numbers, which blur past 2^53. */
  readonly release: readonly string[];
}

// An optional "v", an optional "N!" epoch, then the dotted release numbers; run only
// on text the library already accepted, to recover the exact digits it turned into numbers.
const epochAndRelease = /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)/i;

/** PyPI versions, through @renovatebot/pep440 (a port of the `packaging` library's rules). */
export const pep440Scheme = defineScheme<Pep440Version>({
  id: 'pep440',
  parse(text) {
    // packaging strips surrounding whitespace before matching; the library does not.
    const trimmed = text.trim();
    const match = pep440.valid(trimmed) === null ? null : epochAndRelease.exec(trimmed);
    if (!match) return rejected('not a PEP 440 version');
    const [, epoch = '0', release = ''] = match;
    return parsed({ text: trimmed, epoch, release: release.split('.') });
  },
  compareParsed(a, b) {
    return compareDigitStrings(a.epoch, b.epoch) || compareRelease(a.release, b.release) || pep440.compare(a.text, b.text);
  },
});

/** Release segments compare as if the shorter were padded with zeros (PEP 440: 1.0 == 1.0.0). */
function compareRelease(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const order = compareDigitStrings(a[i] ?? '0', b[i] ?? '0');
    if (order !== 0) return order;
  }
  return 0;
}
