import { schemeById, schemeForEcosystem, type VersionScheme } from './versioning/index.ts';

/** One event of an OSV range; the schema allows exactly one of the four keys per event. */
export interface OsvEvent {
  readonly introduced?: string;
  readonly fixed?: string;
  readonly last_affected?: string;
  readonly limit?: string;
}

export interface OsvRange {
  readonly type: string;
  readonly repo?: string;
  readonly events: readonly OsvEvent[];
}

/** The parts of an OSV `affected[]` entry that decide whether a version is affected. */
export interface OsvAffected {
  readonly package?: { readonly ecosystem: string; readonly name: string };
  readonly ranges?: readonly OsvRange[];
  readonly versions?: readonly string[];
}

/**
 * `unknown` is a verdict of its own, never folded into `not-affected`: a range we could not
 * evaluate (no scheme for the ecosystem, a version that does not parse) must not read as clean.
 */
export type AffectedVerdict =
  | { readonly status: 'affected'; readonly reason: 'listed-version' | 'in-range' }
  | { readonly status: 'not-affected' }
  | { readonly status: 'unknown'; readonly reason: string };

type EventKind = 'introduced' | 'fixed' | 'last_affected' | 'limit';
const eventKinds: readonly EventKind[] = ['introduced', 'fixed', 'last_affected', 'limit'];

interface ParsedEvent {
  readonly kind: EventKind;
  /** undefined for the special `introduced: "0"` (before everything) and a `limit` containing `*` (after everything). */
  readonly version: unknown;
}

type RangeResult = boolean | { readonly unknown: string };

/**
 * Whether `version` of a package in `ecosystem` is affected, following the OSV schema's
 * evaluation: listed in `versions`, or inside any range. GIT ranges need the repository's commit
 * graph and are not evaluated here; they neither match nor make the verdict unknown.
 */
export function evaluateAffected(version: string, affected: OsvAffected, ecosystem = affected.package?.ecosystem ?? ''): AffectedVerdict {
  const ecosystemScheme = schemeForEcosystem(ecosystem);
  if (isListed(version, affected.versions ?? [], ecosystemScheme)) return { status: 'affected', reason: 'listed-version' };
  let unknownReason: string | undefined;
  for (const range of affected.ranges ?? []) {
    const result = evaluateRange(version, range, ecosystem, ecosystemScheme);
    if (result === true) return { status: 'affected', reason: 'in-range' };
    if (result !== false) unknownReason ??= result.unknown;
  }
  return unknownReason === undefined ? { status: 'not-affected' } : { status: 'unknown', reason: unknownReason };
}

/**
 * Why this entry's ranges can never give a verdict, whatever the installed version: no version
 * ordering for its ecosystem, a range type other than SEMVER, ECOSYSTEM or GIT, an event its
 * scheme cannot parse, no introduced event. Undefined when every range can be evaluated. Used at
 * import, to count such records in a notice.
 */
export function unevaluableReason(affected: OsvAffected): string | undefined {
  const ecosystem = affected.package?.ecosystem ?? '';
  const ecosystemScheme = schemeForEcosystem(ecosystem);
  for (const range of affected.ranges ?? []) {
    if (range.type === 'GIT') continue;
    if (range.type !== 'SEMVER' && range.type !== 'ECOSYSTEM') return `unknown range type "${range.type}"`;
    const scheme = range.type === 'SEMVER' ? schemeById('semver') : ecosystemScheme;
    if (scheme === undefined) return `no version ordering is known for ecosystem "${ecosystem}"`;
    const events = parseEvents(range.events, scheme);
    if ('unknown' in events) return events.unknown;
    if (!events.some((event) => event.kind === 'introduced')) return 'range has no introduced event';
  }
  return undefined;
}

/** Exact text first (what the schema says), then equality under the scheme, so PyPI's `1.0` matches a listed `1.0.0`. */
function isListed(version: string, versions: readonly string[], scheme: VersionScheme | undefined): boolean {
  if (versions.includes(version)) return true;
  if (scheme === undefined || !scheme.isValid(version)) return false;
  return versions.some((listed) => scheme.isValid(listed) && scheme.compare(version, listed) === 0);
}

function evaluateRange(version: string, range: OsvRange, ecosystem: string, ecosystemScheme: VersionScheme | undefined): RangeResult {
  if (range.type === 'GIT') return false;
  if (range.type !== 'SEMVER' && range.type !== 'ECOSYSTEM') return { unknown: `unknown range type "${range.type}"` };
  const scheme = range.type === 'SEMVER' ? schemeById('semver') : ecosystemScheme;
  if (scheme === undefined) return { unknown: `no version ordering is known for ecosystem "${ecosystem}"` };
  const installed = scheme.parse(version);
  if (!installed.ok) return { unknown: `"${version}" is not a valid ${scheme.id} version: ${installed.reason}` };
  const events = parseEvents(range.events, scheme);
  if ('unknown' in events) return events;
  if (!events.some((event) => event.kind === 'introduced')) return { unknown: 'range has no introduced event' };
  return isBeforeLimits(installed.value, events, scheme) && isInsideEvents(installed.value, events, scheme);
}

function parseEvents(events: readonly OsvEvent[], scheme: VersionScheme): ParsedEvent[] | { unknown: string } {
  const parsed: ParsedEvent[] = [];
  for (const event of events) {
    const kinds = eventKinds.filter((kind) => typeof event[kind] === 'string');
    if (kinds.length !== 1) return { unknown: `range event must have exactly one of ${eventKinds.join(', ')}` };
    const kind = kinds[0]!;
    const text = event[kind]!;
    if ((kind === 'introduced' && text === '0') || (kind === 'limit' && text.includes('*'))) {
      parsed.push({ kind, version: undefined });
      continue;
    }
    const result = scheme.parse(text);
    if (!result.ok) return { unknown: `${kind} "${text}" is not a valid ${scheme.id} version: ${result.reason}` };
    parsed.push({ kind, version: result.value });
  }
  return parsed;
}

/** With no limit events the range is unbounded; otherwise the version must be below at least one limit. */
function isBeforeLimits(version: unknown, events: readonly ParsedEvent[], scheme: VersionScheme): boolean {
  const limits = events.filter((event) => event.kind === 'limit');
  return limits.length === 0 || limits.some((limit) => limit.version === undefined || scheme.compareParsed(version, limit.version) < 0);
}

/** Replays the events in version order; the last one at or below the version decides. */
function isInsideEvents(version: unknown, events: readonly ParsedEvent[], scheme: VersionScheme): boolean {
  const timeline = events.filter((event) => event.kind !== 'limit').sort((a, b) => compareEvents(a, b, scheme));
  let isVulnerable = false;
  for (const event of timeline) {
    const order = event.version === undefined ? 1 : scheme.compareParsed(version, event.version);
    if (event.kind === 'introduced' && order >= 0) isVulnerable = true;
    else if (event.kind === 'fixed' && order >= 0) isVulnerable = false;
    else if (event.kind === 'last_affected' && order > 0) isVulnerable = false;
  }
  return isVulnerable;
}

/**
 * Version order, `introduced: "0"` first. At the same version `introduced` goes last, so ranges
 * that touch ([0, 3.1.1) then [3.1.1, 3.1.3) in one events list) stay affected at the seam, as in
 * the versions lists OSV computes; the price is that a malformed introduced = fixed pair reads as
 * open-ended, a false positive rather than a missed vulnerability.
 */
function compareEvents(a: ParsedEvent, b: ParsedEvent, scheme: VersionScheme): number {
  if (a.version === undefined || b.version === undefined) {
    if (a.version === b.version) return 0;
    return a.version === undefined ? -1 : 1;
  }
  const order = scheme.compareParsed(a.version, b.version);
  if (order !== 0) return order;
  return Number(a.kind === 'introduced') - Number(b.kind === 'introduced');
}

/**
 * The smallest `fixed` version named by any of the entries (typically every advisory for one
 * package) that is above `version` and that none of the entries marks affected or unknown: the
 * upgrade that clears them all. Undefined when no named fix does, e.g. only last_affected bounds.
 */
export function smallestClearingUpgrade(version: string, entries: readonly OsvAffected[], ecosystem: string): string | undefined {
  const scheme = schemeForEcosystem(ecosystem) ?? schemeById('semver');
  if (!scheme.isValid(version)) return undefined;
  const candidates = new Set<string>();
  for (const entry of entries) {
    for (const range of entry.ranges ?? []) {
      if (range.type === 'GIT') continue;
      for (const event of range.events) {
        if (event.fixed !== undefined && scheme.isValid(event.fixed) && scheme.compare(event.fixed, version) > 0) candidates.add(event.fixed);
      }
    }
  }
  const ascending = [...candidates].sort(scheme.compare);
  return ascending.find((candidate) => entries.every((entry) => evaluateAffected(candidate, entry, ecosystem).status === 'not-affected'));
}
