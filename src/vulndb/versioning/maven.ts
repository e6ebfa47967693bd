import { compareAscii, compareDigitStrings } from './compare-digits.ts';
import { defineScheme, parsed, rejected } from './version-scheme.ts';

/**
 * A version as Maven's ComparableVersion sees it: numbers and qualifiers, with each `-` (and each
 * letter/digit switch) opening a nested list, so `1-1` is `[1, [1]]` and sorts below `1.1` = `[1, 1]`.
 */
export type MavenItem =
  | { readonly kind: 'number'; readonly digits: string }
  | { readonly kind: 'qualifier'; readonly value: string }
  | { readonly kind: 'list'; readonly items: MavenItem[] };

type MavenList = Extract<MavenItem, { kind: 'list' }>;

/** Known qualifiers in ascending order; '' is the release itself. Unknown ones sort after all of these. */
const knownQualifiers = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'] as const;
const qualifierAliases: Readonly<Record<string, string>> = { ga: '', final: '', release: '', cr: 'rc' };
/** One-letter shorthands, honoured only when a digit follows at once (`1.0a1`, not `1.0-a`). */
const letterShorthands: Readonly<Record<string, string>> = { a: 'alpha', b: 'beta', m: 'milestone' };
const releaseRank = comparableQualifier('');

// Any whitespace, which Maven would keep inside a qualifier but no real coordinate has.
const whitespace = /\s/;

/**
 * Maven (and Gradle's Maven-compatible) versions. This follows the ComparableVersion rules of
 * Maven 3.x that the POM reference documents; Maven 4's "combination" items are not modelled.
 */
export const mavenScheme = defineScheme<MavenList>({
  id: 'maven',
  parse(text) {
    if (text.length === 0 || whitespace.test(text)) return rejected('empty or contains whitespace');
    return parsed(parseMaven(text));
  },
  compareParsed: (a, b) => compareItems(a, b),
});

export function parseMaven(text: string): MavenList {
  const version = text.toLowerCase();
  const root: MavenList = { kind: 'list', items: [] };
  const stack: MavenList[] = [root];
  let list = root;
  const openList = (): void => {
    const child: MavenList = { kind: 'list', items: [] };
    list.items.push(child);
    list = child;
    stack.push(child);
  };
  let isDigit = false;
  let start = 0;
  for (let i = 0; i < version.length; i++) {
    const c = version[i]!;
    if (c === '.' || c === '-') {
      list.items.push(i === start ? { kind: 'number', digits: '0' } : makeItem(isDigit, version.slice(start, i), false));
      start = i + 1;
      if (c === '-') openList();
    } else if (c >= '0' && c <= '9') {
      if (!isDigit && i > start) {
        // A qualifier after a dot nests like one after a hyphen: 1.0.0.x1 sorts as 1.0.0-x1.
        if (list.items.length > 0) openList();
        list.items.push(makeItem(false, version.slice(start, i), true));
        start = i;
        openList();
      }
      isDigit = true;
    } else {
      if (isDigit && i > start) {
        list.items.push(makeItem(true, version.slice(start, i), false));
        start = i;
        openList();
      }
      isDigit = false;
    }
  }
  if (version.length > start) {
    if (!isDigit && list.items.length > 0) openList();
    list.items.push(makeItem(isDigit, version.slice(start), false));
  }
  // Innermost lists first, as Maven does, so an emptied inner list counts as a trailing null outside.
  while (stack.length > 0) trimTrailingNulls(stack.pop()!);
  return root;
}

function makeItem(isDigit: boolean, text: string, isFollowedByDigit: boolean): MavenItem {
  if (isDigit) return { kind: 'number', digits: text };
  const expanded = isFollowedByDigit && text.length === 1 ? (letterShorthands[text] ?? text) : text;
  return { kind: 'qualifier', value: qualifierAliases[expanded] ?? expanded };
}

/** Drops trailing zeros, release qualifiers and empty lists, looking past nested lists: 1.0 = 1, 1-ga = 1. */
function trimTrailingNulls(list: MavenList): void {
  for (let i = list.items.length - 1; i >= 0; i--) {
    const item = list.items[i]!;
    if (isNullItem(item)) list.items.splice(i, 1);
    else if (item.kind !== 'list') break;
  }
}

function isNullItem(item: MavenItem): boolean {
  if (item.kind === 'number') return compareDigitStrings(item.digits, '0') === 0;
  if (item.kind === 'qualifier') return item.value === '';
  return item.items.length === 0;
}

function comparableQualifier(value: string): string {
  const rank = (knownQualifiers as readonly string[]).indexOf(value);
  // Ranks are single digits, so "7-name" sorts every unknown qualifier after all known ones, by name.
  return rank === -1 ? `${knownQualifiers.length}-${value}` : String(rank);
}

/** Compares an item with another, or with the absent item past the end of the shorter list. */
function compareItems(item: MavenItem, other: MavenItem | undefined): number {
  switch (item.kind) {
    case 'number':
      if (other === undefined) return isNullItem(item) ? 0 : 1;
      return other.kind === 'number' ? compareDigitStrings(item.digits, other.digits) : 1;
    case 'qualifier':
      if (other === undefined) return compareAscii(comparableQualifier(item.value), releaseRank);
      if (other.kind === 'qualifier') return compareAscii(comparableQualifier(item.value), comparableQualifier(other.value));
      return -1;
    case 'list':
      if (other === undefined) return item.items.length === 0 ? 0 : compareItems(item.items[0]!, undefined);
      if (other.kind === 'number') return -1;
      if (other.kind === 'qualifier') return 1;
      return compareLists(item.items, other.items);
  }
}

function compareLists(left: readonly MavenItem[], right: readonly MavenItem[]): number {
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const [a, b] = [left[i], right[i]];
    const order = a === undefined ? (b === undefined ? 0 : -compareItems(b, undefined)) : compareItems(a, b);
    if (order !== 0) return order;
  }
  return 0;
}
