import { compareDigitStrings } from './compare-digits.ts';
import { defineScheme, parsed, rejected, type ParseResult } from './version-scheme.ts';

/** `[epoch:]upstream[-revision]` split the way dpkg splits it. */
export interface DpkgVersion {
  readonly epoch: string;
  readonly upstream: string;
  /** '' when there is no hyphen; dpkg then compares as if the revision were empty (so `1.0` = `1.0-0`). */
  readonly revision: string;
}

const maxEpoch = '2147483647';
// Only digits: an epoch.
const digitsOnly = /^\d+$/;
// Characters Debian policy allows in the upstream part: alphanumerics and . + - ~ : .
const upstreamCharacters = /^[0-9A-Za-z.+~:-]+$/;
// Characters Debian policy allows in the revision: alphanumerics and . + ~ .
const revisionCharacters = /^[0-9A-Za-z.+~]+$/;
// Any whitespace.
const whitespace = /\s/;

/** Debian and Ubuntu package versions, ordered as `dpkg --compare-versions` orders them. */
export const dpkgScheme = defineScheme<DpkgVersion>({
  id: 'dpkg',
  parse: parseDpkgVersion,
  compareParsed: (a, b) =>
    compareDigitStrings(a.epoch, b.epoch) || compareDebianPart(a.upstream, b.upstream) || compareDebianPart(a.revision, b.revision),
});

/**
 * Rejects what dpkg rejects (empty parts, a bad or too large epoch, embedded spaces) and also
 * what it only warns about (an upstream not starting with a digit, characters policy forbids),
 * since a vulnerability match on such a version would be a guess.
 */
export function parseDpkgVersion(text: string): ParseResult<DpkgVersion> {
  const trimmed = text.trim();
  if (trimmed.length === 0) return rejected('empty');
  if (whitespace.test(trimmed)) return rejected('contains whitespace');
  const colon = trimmed.indexOf(':');
  const epoch = colon === -1 ? '0' : trimmed.slice(0, colon);
  if (!digitsOnly.test(epoch)) return rejected('epoch is not a number');
  if (compareDigitStrings(epoch, maxEpoch) > 0) return rejected('epoch is too big');
  const rest = trimmed.slice(colon + 1);
  const hyphen = rest.lastIndexOf('-');
  const upstream = hyphen === -1 ? rest : rest.slice(0, hyphen);
  const revision = hyphen === -1 ? '' : rest.slice(hyphen + 1);
  if (upstream.length === 0) return rejected('upstream version is empty');
  if (hyphen !== -1 && revision.length === 0) return rejected('revision is empty');
  if (!isDigitCode(upstream.charCodeAt(0))) return rejected('upstream version does not start with a digit');
  if (!upstreamCharacters.test(upstream)) return rejected('invalid character in upstream version');
  if (colon === -1 && upstream.includes(':')) return rejected('colon in upstream version without an epoch');
  if (hyphen !== -1 && !revisionCharacters.test(revision)) return rejected('invalid character in revision');
  return parsed({ epoch, upstream, revision });
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Sort weight of a non-digit character: `~` below the end of the string, letters below other symbols. */
function characterOrder(code: number): number {
  if (Number.isNaN(code) || isDigitCode(code)) return 0;
  if (isLetterCode(code)) return code;
  if (code === 126) return -1;
  return code + 256;
}

/**
 * dpkg's comparison of one part: alternate non-digit runs (character by character with the
 * weights above) and digit runs (numerically, any length), until one side differs.
 */
export function compareDebianPart(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while ((i < a.length && !isDigitCode(a.charCodeAt(i))) || (j < b.length && !isDigitCode(b.charCodeAt(j)))) {
      const order = characterOrder(a.charCodeAt(i)) - characterOrder(b.charCodeAt(j));
      if (order !== 0) return Math.sign(order);
      i++;
      j++;
    }
    const digitsStartA = i;
    const digitsStartB = j;
    while (i < a.length && isDigitCode(a.charCodeAt(i))) i++;
    while (j < b.length && isDigitCode(b.charCodeAt(j))) j++;
    const order = compareDigitStrings(a.slice(digitsStartA, i) || '0', b.slice(digitsStartB, j) || '0');
    if (order !== 0) return order;
  }
  return 0;
}
