/**
 * Compares two runs of ASCII digits as non-negative integers of any length: version numbers in
 * real data (dates, build stamps) overflow 2^53, and a lossy Number comparison would call them equal.
 */
export function compareDigitStrings(a: string, b: string): number {
  const left = stripLeadingZeros(a);
  const right = stripLeadingZeros(b);
  if (left.length !== right.length) return left.length < right.length ? -1 : 1;
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

function stripLeadingZeros(digits: string): string {
  let start = 0;
  while (start < digits.length - 1 && digits.charCodeAt(start) === 48) start++;
  return start === 0 ? digits : digits.slice(start);
}

/** Plain code-unit order, which is what C's strcmp and Ruby's String#<=> give for ASCII. */
export function compareAscii(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
