import type { FixState } from '../../core/finding.ts';
import { evaluateAffected, smallestClearingUpgrade } from '../../vulndb/affected.ts';
import type { OsvRecord, OsvRecordAffected } from '../../vulndb/osv-record.ts';

/** What an advisory group's own records say about a fix for the installed version. */
export interface GroupFix {
  readonly state: FixState;
  /** The smallest version that clears this group's records, when `state` is `fixed`. */
  readonly fixedVersion?: string;
  /** Why there is no fix, in the distribution's words, when its data says more than "none yet". */
  readonly reason?: string;
}

/** A record of the group with its `affected[]` entries naming the installed package. */
export interface RecordEntries {
  readonly record: OsvRecord;
  readonly entries: readonly OsvRecordAffected[];
}

/**
 * `fixed` when some version above the installed one clears every record of the group. Otherwise
 * the distribution's own verdict where its OSV data carries one, else `unfixed`:
 *
 * - Debian (`DEBIAN-CVE-*`): the security tracker's urgency is copied to
 *   `affected[].ecosystem_specific.urgency`. `end-of-life` means the package is no longer
 *   supported in that release; `unimportant` means the security team judges the issue not to
 *   warrant a fix in Debian. The tracker's `<no-dsa>`, `<ignored>` and `<postponed>` notes are not
 *   in the OSV data, so they read as `unfixed`.
 * - Ubuntu (`UBUNTU-CVE-*`): an unfixed entry has no `fixed` event whatever the tracker status
 *   (needed, deferred, ignored, needs-triage all look alike in OSV); only the `Ubuntu` severity
 *   `negligible` (a priority whose issues Ubuntu does not normally backport fixes for) says more.
 * - Alpine and Red Hat records are built from released fixes (secdb `secfixes`, RHSA advisories),
 *   so they never describe an unfixed state.
 */
export function fixOfGroup(version: string, records: readonly RecordEntries[], ecosystem: string): GroupFix {
  const allEntries = records.flatMap((item) => item.entries);
  const fixedVersion = smallestClearingUpgrade(version, allEntries, ecosystem);
  if (fixedVersion !== undefined) return { state: 'fixed', fixedVersion };
  const affecting = records
    .map((item) => ({ record: item.record, entries: item.entries.filter((entry) => evaluateAffected(version, entry, ecosystem).status === 'affected') }))
    .filter((item) => item.entries.length > 0);
  const urgencies = affecting.flatMap((item) => item.entries.map(urgencyOf));
  if (urgencies.includes('end-of-life')) return { state: 'end-of-life', reason: `${releaseOf(affecting)} no longer receives security support for this package (Debian urgency "end-of-life")` };
  if (urgencies.length > 0 && urgencies.every((urgency) => urgency === 'unimportant')) {
    return { state: 'wont-fix', reason: 'the Debian security team rates it unimportant for this release, so no security update is planned' };
  }
  if (affecting.length > 0 && affecting.every((item) => ubuntuPriorityOf(item.record) === 'negligible')) {
    return { state: 'wont-fix', reason: 'Ubuntu rates its priority negligible, and negligible issues are not normally fixed in security updates' };
  }
  return { state: 'unfixed' };
}

/** The Debian tracker's urgency of one entry, without the `*` marks it adds to guessed levels (`low**`). */
function urgencyOf(entry: OsvRecordAffected): string | undefined {
  const urgency = entry.ecosystem_specific?.urgency;
  return typeof urgency === 'string' ? urgency.replace(/\*+$/, '').trim().toLowerCase() : undefined;
}

/** Ubuntu's priority: a record severity of type `Ubuntu`, or the older `ecosystem_specific.ubuntu_priority`. */
function ubuntuPriorityOf(record: OsvRecord): string | undefined {
  const severity = record.severity.find((item) => item.type === 'Ubuntu');
  if (severity) return severity.score.toLowerCase();
  const stated = record.affected.map((entry) => entry.ecosystem_specific?.ubuntu_priority).find((value) => typeof value === 'string');
  return typeof stated === 'string' ? stated.toLowerCase() : undefined;
}

function releaseOf(affecting: readonly RecordEntries[]): string {
  return affecting.flatMap((item) => item.entries).find((entry) => entry.package)?.package?.ecosystem.replace(':', ' ') ?? 'this release';
}
