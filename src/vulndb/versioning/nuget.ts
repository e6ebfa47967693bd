import { compareAscii, compareDigitStrings } from './compare-digits.ts';
import { defineScheme, parsed, rejected } from './version-scheme.ts';

export interface NugetVersion {
  /** Major, minor, patch and revision as digit strings; missing parts are '0'. */
  readonly numbers: readonly [string, string, string, string];
  /** Release labels (the dot-separated prerelease); empty for a release. */
  readonly releaseLabels: readonly string[];
}

// One to four dot-separated numbers (leading zeros allowed), then an optional "-label.label"
// and an optional "+metadata", each label made of [0-9A-Za-z-].
const nugetPattern =
  /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
// A label made only of digits.
const numericLabel = /^\d+$/;

/**
 * NuGet versions as NuGet.Versioning orders them: SemVer 2 extended to a fourth number, missing
 * numbers and leading zeros normalised (1.01 = 1.1.0.0), release labels compared without case.
 */
export const nugetScheme = defineScheme<NugetVersion>({
  id: 'nuget',
  parse(text) {
    const match = nugetPattern.exec(text.trim());
    if (!match) return rejected('not a NuGet version (1 to 4 numbers, optional -prerelease and +metadata)');
    const [, major = '0', minor = '0', patch = '0', revision = '0', labels] = match;
    return parsed({ numbers: [major, minor, patch, revision], releaseLabels: labels === undefined ? [] : labels.split('.') });
  },
  compareParsed(a, b) {
    for (let i = 0; i < 4; i++) {
      const order = compareDigitStrings(a.numbers[i]!, b.numbers[i]!);
      if (order !== 0) return order;
    }
    return compareReleaseLabels(a.releaseLabels, b.releaseLabels);
  },
});

function compareReleaseLabels(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) {
    if (a.length === b.length) return 0;
    return a.length === 0 ? 1 : -1;
  }
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareLabel(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return Math.sign(a.length - b.length);
}

function compareLabel(a: string, b: string): number {
  const isNumericA = numericLabel.test(a);
  const isNumericB = numericLabel.test(b);
  if (isNumericA && isNumericB) return compareDigitStrings(a, b);
  if (isNumericA !== isNumericB) return isNumericA ? -1 : 1;
  return compareAscii(a.toUpperCase(), b.toUpperCase());
}
