import { compareAscii, compareDigitStrings } from './compare-digits.ts';
import { defineScheme, parsed, rejected } from './version-scheme.ts';

/**
 * Token kinds in the order apk-tools ranks them when two versions part ways: when one version
 * continues with a lower kind than the other, it is the newer one (1.0.1 > 1.0a > 1.0-r1 > 1.0).
 */
const tokenKinds = ['initial-digit', 'digit', 'letter', 'suffix', 'suffix-number', 'commit-hash', 'revision', 'end'] as const;
export type ApkTokenKind = (typeof tokenKinds)[number];

export interface ApkToken {
  readonly kind: ApkTokenKind;
  /** Digits for numbers, the letter, the suffix name, or the hash. */
  readonly text: string;
}

/** Suffix ranks: alpha, beta, pre and rc come before the release (rank below `noSuffixRank`), the rest after it. */
const suffixRanks: Readonly<Record<string, number>> = { alpha: 0, beta: 1, pre: 2, rc: 3, cvs: 5, svn: 6, git: 7, hg: 8, p: 9 };
const noSuffixRank = 4;

// A run of ASCII digits.
const digits = /^\d+/;
// A run of lowercase letters (a suffix name).
const suffixName = /^[a-z]*/;
// A run of lowercase hexadecimal digits (a commit hash after "~").
const hexDigits = /^[0-9a-f]+/;

/**
 * Alpine package versions with apk-tools' rules: `digits{.digits}[letter]{_suffix[N]}[~hash][-rN]`,
 * where `_alpha`, `_beta`, `_pre`, `_rc` sort before the release and `_cvs`, `_svn`, `_git`, `_hg`,
 * `_p` after it.
 */
export const apkScheme = defineScheme<readonly ApkToken[]>({
  id: 'apk',
  parse(text) {
    const tokens = tokenizeApkVersion(text);
    return tokens === undefined ? rejected('not an apk version (digits{.digits}[letter]{_suffix[N]}[~hash][-rN])') : parsed(tokens);
  },
  compareParsed: compareApkTokens,
});

/** The version's tokens, ending with an 'end' token, or undefined when apk would call it invalid. */
export function tokenizeApkVersion(text: string): ApkToken[] | undefined {
  const first = digits.exec(text);
  if (!first) return undefined;
  const tokens: ApkToken[] = [{ kind: 'initial-digit', text: first[0] }];
  let rest = text.slice(first[0].length);
  while (rest.length > 0) {
    const previous = rank(tokens.at(-1)!.kind);
    const next = nextToken(rest, previous);
    if (next === undefined) return undefined;
    tokens.push(next.token);
    rest = rest.slice(next.length);
  }
  tokens.push({ kind: 'end', text: '' });
  return tokens;
}

function nextToken(rest: string, previous: number): { token: ApkToken; length: number } | undefined {
  const c = rest[0]!;
  if (c >= 'a' && c <= 'z') return previous > rank('digit') ? undefined : { token: { kind: 'letter', text: c }, length: 1 };
  if (c === '.' || (c >= '0' && c <= '9')) {
    const skip = c === '.' ? 1 : 0;
    if (skip === 1 && previous > rank('digit')) return undefined;
    const kind = previous <= rank('digit') ? 'digit' : previous === rank('suffix') ? 'suffix-number' : undefined;
    const run = digits.exec(rest.slice(skip))?.[0];
    return kind === undefined || run === undefined ? undefined : { token: { kind, text: run }, length: skip + run.length };
  }
  if (c === '_') {
    const name = suffixName.exec(rest.slice(1))![0];
    if (previous > rank('suffix-number') || suffixRanks[name] === undefined) return undefined;
    return { token: { kind: 'suffix', text: name }, length: 1 + name.length };
  }
  if (c === '~') {
    const hash = hexDigits.exec(rest.slice(1))?.[0];
    if (previous >= rank('commit-hash') || hash === undefined) return undefined;
    return { token: { kind: 'commit-hash', text: hash }, length: 1 + hash.length };
  }
  if (c === '-' && rest[1] === 'r') {
    const run = digits.exec(rest.slice(2))?.[0];
    if (previous >= rank('revision') || run === undefined) return undefined;
    return { token: { kind: 'revision', text: run }, length: 2 + run.length };
  }
  return undefined;
}

function rank(kind: ApkTokenKind): number {
  return tokenKinds.indexOf(kind);
}

export function compareApkTokens(a: readonly ApkToken[], b: readonly ApkToken[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i]!.kind === b[i]!.kind && a[i]!.kind !== 'end') {
    const order = compareSameKind(a[i]!, b[i]!);
    if (order !== 0) return order;
    i++;
  }
  const [ta, tb] = [a[i]!, b[i]!];
  if (ta.kind === tb.kind) return 0;
  // Where one version goes on with a pre-release suffix, it is the older one.
  if (ta.kind === 'suffix' && suffixRanks[ta.text]! < noSuffixRank) return -1;
  if (tb.kind === 'suffix' && suffixRanks[tb.text]! < noSuffixRank) return 1;
  return rank(ta.kind) > rank(tb.kind) ? -1 : 1;
}

function compareSameKind(a: ApkToken, b: ApkToken): number {
  switch (a.kind) {
    case 'digit':
      // A component with a leading zero compares as text, like a decimal fraction: 1.01 < 1.1, 1.001 < 1.01.
      if (a.text.startsWith('0') || b.text.startsWith('0')) return compareAscii(a.text, b.text);
      return compareDigitStrings(a.text, b.text);
    case 'initial-digit':
    case 'suffix-number':
    case 'revision':
      return compareDigitStrings(a.text, b.text);
    case 'suffix':
      return Math.sign(suffixRanks[a.text]! - suffixRanks[b.text]!);
    default:
      return compareAscii(a.text, b.text);
  }
}
