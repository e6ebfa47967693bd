import type { Severity } from '../../core/severity.ts';
import { cvssRating, pickCvssScore, ratingToSeverity, type CvssScore } from '../../vulndb/cvss/index.ts';
import { evaluateAffected, smallestClearingUpgrade } from '../../vulndb/affected.ts';
import { parseOsvRecord, type OsvRecord, type OsvRecordAffected } from '../../vulndb/osv-record.ts';
import { baseEcosystem, normalizePackageName } from '../../vulndb/package-name.ts';
import type { StoredRecord } from '../../vulndb/store.ts';
import { fixOfGroup, type GroupFix } from './fix-state.ts';
import type { InventoryPackage } from './inventory-package.ts';

/** A stored record, parsed, with the raw fields rampart's model leaves out (top-level database_specific). */
export interface MatchableRecord {
  readonly record: OsvRecord;
  readonly databaseSpecific: Readonly<Record<string, unknown>> | undefined;
  readonly withdrawn: boolean;
}

/** Advisories that name one vulnerability (ids or aliases in common), reported as one finding. */
export interface AdvisoryGroup {
  /** The id shown first: the smallest record id of the group, so reports are stable. */
  readonly id: string;
  /** Every other record id and alias of the group, sorted. */
  readonly aliases: readonly string[];
  readonly records: readonly OsvRecord[];
  readonly summary: string | undefined;
  /** From the highest-scoring CVSS vector of the group, else the level a record states; undefined when none does. */
  readonly severity: Severity | undefined;
  /** The highest base score computed from the group's CVSS vectors, with its vector, so readers can check it. */
  readonly cvss: CvssScore | undefined;
}

/** An advisory group as it applies to one package: with what its records say about a fix. */
export interface MatchedGroup extends AdvisoryGroup {
  readonly fix: GroupFix;
}

export interface PackageMatch {
  readonly package: InventoryPackage & { version: string };
  readonly groups: readonly MatchedGroup[];
  /** The smallest version that clears every advisory for this package, when one is named. */
  readonly clearingUpgrade: string | undefined;
}

/** Looks up the records naming a package; the scanner passes the store, tests a map. */
export type RecordLookup = (ecosystem: string, name: string) => readonly MatchableRecord[];

/** Parses a stored record; a record the import accepted is valid, so a failure here means a damaged row and it is skipped. */
export function toMatchableRecord(stored: StoredRecord): MatchableRecord | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(stored.json);
  } catch {
    return undefined;
  }
  const parsed = parseOsvRecord(raw);
  if (!parsed.ok) return undefined;
  const databaseSpecific = (raw as { database_specific?: unknown }).database_specific;
  return {
    record: parsed.record,
    databaseSpecific: databaseSpecific !== null && typeof databaseSpecific === 'object' ? (databaseSpecific as Record<string, unknown>) : undefined,
    withdrawn: stored.withdrawn !== undefined,
  };
}

/**
 * The advisories affecting one package at its installed version. Withdrawn records are ignored;
 * a record whose ranges cannot be evaluated (verdict `unknown`) is not reported as affecting.
 */
export function matchPackage(item: InventoryPackage, lookup: RecordLookup): PackageMatch | undefined {
  if (item.version === undefined || item.unresolved) return undefined;
  // OS advisories name the source package and its version (a binNMU's binary version differs).
  const version = item.source?.version ?? item.version;
  const entriesByRecord = new Map<OsvRecord, OsvRecordAffected[]>();
  const affecting: MatchableRecord[] = [];
  for (const candidate of candidatesFor(item, lookup)) {
    if (candidate.withdrawn) continue;
    const entries = entriesFor(candidate.record, item);
    entriesByRecord.set(candidate.record, entries);
    if (entries.some((entry) => evaluateAffected(version, entry, item.ecosystem).status === 'affected')) affecting.push(candidate);
  }
  if (affecting.length === 0) return undefined;
  const allEntries = [...entriesByRecord.values()].flat();
  return {
    package: { ...item, version: item.version },
    groups: groupByAlias(affecting).map((group) => ({
      ...group,
      fix: fixOfGroup(version, group.records.map((record) => ({ record, entries: entriesByRecord.get(record) ?? [] })), item.ecosystem),
    })),
    clearingUpgrade: smallestClearingUpgrade(version, allEntries, item.ecosystem),
  };
}

/** An advisory naming a package whose ranges gave no verdict for its version (a version its scheme cannot parse, an unknown range type). */
export interface UnevaluatedRecord {
  readonly id: string;
  readonly packageName: string;
  readonly version: string;
  readonly reason: string;
}

/**
 * The live records naming this package that neither affect nor clear its version: every entry's
 * verdict is unknown. matchPackage leaves them out (a guess either way would be wrong); the
 * scanner counts them in a notice so the gap is visible.
 */
export function unevaluatedRecords(item: InventoryPackage, lookup: RecordLookup): UnevaluatedRecord[] {
  if (item.version === undefined || item.unresolved) return [];
  // The same source name and version matchPackage uses, so OS packages built from another source are checked too.
  const version = item.source?.version ?? item.version;
  const found: UnevaluatedRecord[] = [];
  for (const candidate of candidatesFor(item, lookup)) {
    if (candidate.withdrawn) continue;
    const verdicts = entriesFor(candidate.record, item).map((entry) => evaluateAffected(version, entry, item.ecosystem));
    const unknown = verdicts.find((verdict) => verdict.status === 'unknown');
    if (unknown?.status === 'unknown' && verdicts.every((verdict) => verdict.status !== 'affected')) found.push({ id: candidate.record.id, packageName: item.name, version, reason: unknown.reason });
  }
  return found;
}

/**
 * The names a package's advisories are filed under: the source package for OS packages (Debian,
 * Alpine, AlmaLinux, Rocky, SUSE name source packages), the package itself otherwise. Red Hat's
 * name either a binary or a source rpm, so both are looked up.
 */
function advisoryNames(item: InventoryPackage): string[] {
  const names = [item.source?.name ?? item.name];
  if (item.ecosystem === 'Red Hat' && item.source && item.source.name !== item.name) names.push(item.name);
  return names;
}

/** The records naming any of the package's advisory names, each once. */
function candidatesFor(item: InventoryPackage, lookup: RecordLookup): MatchableRecord[] {
  const names = advisoryNames(item);
  if (names.length === 1) return [...lookup(item.ecosystem, names[0]!)];
  const byId = new Map<string, MatchableRecord>();
  for (const name of names) for (const candidate of lookup(item.ecosystem, name)) byId.set(candidate.record.id, candidate);
  return [...byId.values()];
}

/** The record's `affected[]` entries that name this package (same base ecosystem, same normalised name). */
function entriesFor(record: OsvRecord, item: InventoryPackage): OsvRecordAffected[] {
  const names = new Set(advisoryNames(item).map((name) => normalizePackageName(item.ecosystem, name)));
  return record.affected.filter(
    (entry) =>
      entry.package !== undefined &&
      baseEcosystem(entry.package.ecosystem) === item.ecosystem &&
      isSameRelease(entry.package.ecosystem, item) &&
      names.has(normalizePackageName(entry.package.ecosystem, entry.package.name)),
  );
}

/**
 * OS advisories are per release (`Debian:12`, `Alpine:v3.20`, `Ubuntu:22.04:LTS`): a fix in one
 * release says nothing about another. Language ecosystems have no release. An OS package whose
 * release is unknown (no os-release) matches nothing rather than every release.
 */
function isSameRelease(osvEcosystem: string, item: InventoryPackage): boolean {
  if (!osEcosystems.has(item.ecosystem)) return true;
  if (!item.distribution) return false;
  // Red Hat spells its releases as CPE parts: `Red Hat:enterprise_linux:9::baseos`. Only the
  // plain product line counts; `rhel_eus:9.2` and the like are extended support of one minor release.
  if (item.ecosystem === 'Red Hat') return osvEcosystem.startsWith(`Red Hat:enterprise_linux:${item.distribution.release}:`) || osvEcosystem === `Red Hat:enterprise_linux:${item.distribution.release}`;
  // SUSE files advisories per product of a service pack: a SLES 15 SP5 system installs from the
  // Basesystem, Server Applications… modules of 15 SP5, so any `Linux Enterprise` product of that
  // version and service pack applies.
  if (item.ecosystem === 'SUSE') {
    const versionAndPack = item.distribution.release.replace(/^Linux Enterprise (?:Server|Desktop) /, '');
    return osvEcosystem.startsWith('SUSE:Linux Enterprise ') && osvEcosystem.endsWith(` ${versionAndPack}`);
  }
  const wanted = `${item.ecosystem}:${item.distribution.release}`;
  return osvEcosystem === wanted || osvEcosystem.startsWith(`${wanted}:`);
}

/** Ecosystems whose advisories are filed per distribution release. */
const osEcosystems = new Set<string>(['Debian', 'Ubuntu', 'Alpine', 'Red Hat', 'AlmaLinux', 'Rocky Linux', 'SUSE', 'openSUSE']);

/** Union-find over ids and aliases: a GHSA and a PYSEC naming the same CVE become one group. */
export function groupByAlias(records: readonly MatchableRecord[]): AdvisoryGroup[] {
  const parent = records.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  const ownerOfName = new Map<string, number>();
  records.forEach((candidate, index) => {
    for (const name of [candidate.record.id, ...candidate.record.aliases]) {
      const owner = ownerOfName.get(name);
      if (owner === undefined) ownerOfName.set(name, index);
      else parent[find(index)] = find(owner);
    }
  });
  const members = new Map<number, MatchableRecord[]>();
  records.forEach((candidate, index) => {
    const root = find(index);
    members.set(root, [...(members.get(root) ?? []), candidate]);
  });
  return [...members.values()].map(toGroup).sort((a, b) => a.id.localeCompare(b.id));
}

function toGroup(members: readonly MatchableRecord[]): AdvisoryGroup {
  const sorted = [...members].sort((a, b) => a.record.id.localeCompare(b.record.id));
  const id = sorted[0]!.record.id;
  const names = new Set(sorted.flatMap((member) => [member.record.id, ...member.record.aliases]));
  names.delete(id);
  const severities = sorted.map(severityOf).filter((severity): severity is Severity => severity !== undefined);
  const cvss = highestCvss(sorted);
  return {
    id,
    aliases: [...names].sort(),
    records: sorted.map((member) => member.record),
    summary: sorted.map((member) => member.record.summary).find((summary) => summary !== undefined && summary.trim() !== ''),
    severity: cvss ? ratingToSeverity(cvss.severity) : severities.sort((a, b) => severityOrder.indexOf(b) - severityOrder.indexOf(a))[0],
    cvss,
  };
}

/**
 * Each record's own score (its newest CVSS version, per pickCvssScore), then the highest across the
 * group's records: aliases are separate assessments of one flaw, and the report should not
 * understate it. Vectors that do not parse are passed over, never guessed at.
 */
function highestCvss(members: readonly MatchableRecord[]): CvssScore | undefined {
  let highest: CvssScore | undefined;
  for (const member of members) {
    const scored = pickCvssScore(member.record.severity);
    if (scored && (!highest || scored.score > highest.score)) highest = scored;
  }
  return highest;
}

const severityOrder: readonly Severity[] = ['info', 'low', 'medium', 'high', 'critical'];

/** GitHub's advisory levels as rampart severities; MODERATE is GitHub's word for medium. */
const ghsaSeverity: Readonly<Record<string, Severity>> = { LOW: 'low', MODERATE: 'medium', MEDIUM: 'medium', HIGH: 'high', CRITICAL: 'critical' };

/** Ubuntu's priorities, which its records publish as a severity of type `Ubuntu`; negligible issues are informational. */
const ubuntuPrioritySeverity: Readonly<Record<string, Severity>> = { critical: 'critical', high: 'high', medium: 'medium', low: 'low', negligible: 'info' };

/**
 * Severity a record states outright, used when no CVSS vector scores: `database_specific.severity` (GitHub's levels), else a
 * numeric `database_specific.cvss_score` (the Node.js security WG records) in CVSS v3 bands, else Ubuntu's priority.
 */
export function severityOf(candidate: MatchableRecord): Severity | undefined {
  const level = candidate.databaseSpecific?.severity;
  if (typeof level === 'string' && ghsaSeverity[level.toUpperCase()]) return ghsaSeverity[level.toUpperCase()];
  const score = candidate.databaseSpecific?.cvss_score;
  if (typeof score === 'number' && Number.isFinite(score)) return severityOfScore(score);
  const priority = candidate.record.severity.find((entry) => entry.type === 'Ubuntu')?.score.toLowerCase();
  return priority === undefined ? undefined : ubuntuPrioritySeverity[priority];
}

/** A stated score in FIRST's rating bands (0 none, below 4 low, below 7 medium, below 9 high, else critical). */
export function severityOfScore(score: number): Severity {
  return ratingToSeverity(cvssRating(score));
}
