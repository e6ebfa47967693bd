import { unevaluableReason } from './affected.ts';
import { parseOsvRecord, type OsvRecord } from './osv-record.ts';
import type { OsvEntry } from './osv-sources.ts';
import { baseEcosystem } from './package-name.ts';
import { startDatabaseBuild } from './store.ts';
import { schemeForEcosystem } from './versioning/index.ts';

export interface OsvSource {
  /** What the user named (a directory, a zip, a URL); recorded in the database as the ecosystem's source. */
  readonly label: string;
  readonly entries: () => Iterable<OsvEntry>;
}

export interface RecordProblem {
  readonly label: string;
  readonly id: string | undefined;
  readonly reason: string;
}

export interface ImportReport {
  readonly path: string;
  /** Records now in the database. */
  readonly records: number;
  /** Records whose id appeared again with an older or equal `modified`. */
  readonly duplicates: number;
  readonly problems: readonly RecordProblem[];
  readonly ecosystems: ReadonlyMap<string, number>;
  /** Stored records that can never match: every ecosystem they name has no version ordering in rampart, by ecosystem. */
  readonly unknownEcosystems: ReadonlyMap<string, number>;
  /** Stored records with a range rampart cannot evaluate (unparsable event, unknown range type): that range never reports a package affected. */
  readonly unevaluableRanges: readonly RecordProblem[];
}

export interface ImportOptions {
  readonly now: Date;
  readonly onProgress?: (recordsRead: number) => void;
  readonly progressEvery?: number;
  /** Last check before the swap: a returned reason aborts the import (ImportRefusedError) and keeps the old database. */
  readonly verify?: (summary: ImportSummary) => string | undefined;
}

export interface ImportSummary {
  readonly read: number;
  readonly records: number;
  readonly problems: number;
  readonly ecosystems: ReadonlyMap<string, number>;
}

export class ImportRefusedError extends Error {}

export class EmptyImportError extends Error {}

/**
 * Builds a new database at `target` from the sources and swaps it in. A malformed record is
 * counted and skipped; anything that stops the whole import (an unreadable zip, no valid record
 * at all) leaves the old database untouched.
 */
export function importOsv(sources: readonly OsvSource[], target: string, options: ImportOptions): ImportReport {
  const build = startDatabaseBuild(target);
  const problems: RecordProblem[] = [];
  const ecosystems = new Map<string, number>();
  const sourceOf = new Map<string, string>();
  const ids = new Set<string>();
  const unknownEcosystems = new Map<string, number>();
  const unevaluableRanges: RecordProblem[] = [];
  let read = 0;
  let duplicates = 0;
  try {
    for (const source of sources) {
      for (const entry of source.entries()) {
        read += 1;
        if (options.onProgress && read % (options.progressEvery ?? 10_000) === 0) options.onProgress(read);
        const problem = addEntry(entry, build.add, (record) => {
          countUnmatchable(record, entry.label, unknownEcosystems, unevaluableRanges);
          if (ids.has(record.id)) duplicates += 1;
          ids.add(record.id);
          for (const ecosystem of new Set(record.affected.flatMap((affected) => (affected.package ? [baseEcosystem(affected.package.ecosystem)] : [])))) {
            ecosystems.set(ecosystem, (ecosystems.get(ecosystem) ?? 0) + 1);
            sourceOf.set(ecosystem, source.label);
          }
        });
        if (problem) problems.push(problem);
      }
    }
    if (ids.size === 0) throw new EmptyImportError(`no valid OSV record found in ${sources.map((source) => source.label).join(', ')}${problems.length ? ` (${problems.length} malformed)` : ''}`);
    const refusal = options.verify?.({ read, records: ids.size, problems: problems.length, ecosystems });
    if (refusal !== undefined) throw new ImportRefusedError(refusal);
    build.commit([...sourceOf].map(([ecosystem, source]) => ({ ecosystem, source })), options.now);
  } catch (error) {
    build.abort();
    throw error;
  }
  return { path: target, records: ids.size, duplicates, problems, ecosystems, unknownEcosystems, unevaluableRanges };
}

/** Valid OSV that rampart can store but never match: counted so `db import` and `db update` can say so. */
function countUnmatchable(record: OsvRecord, label: string, unknownEcosystems: Map<string, number>, unevaluableRanges: RecordProblem[]): void {
  const named = record.affected.flatMap((affected) => (affected.package ? [affected] : []));
  const unknown = new Set(named.filter((affected) => schemeForEcosystem(affected.package!.ecosystem) === undefined).map((affected) => baseEcosystem(affected.package!.ecosystem)));
  if (named.length > 0 && named.every((affected) => unknown.has(baseEcosystem(affected.package!.ecosystem)))) {
    for (const ecosystem of unknown) unknownEcosystems.set(ecosystem, (unknownEcosystems.get(ecosystem) ?? 0) + 1);
    return;
  }
  const reason = named.filter((affected) => !unknown.has(baseEcosystem(affected.package!.ecosystem))).map(unevaluableReason).find((found) => found !== undefined);
  if (reason !== undefined) unevaluableRanges.push({ label, id: record.id, reason });
}

function addEntry(entry: OsvEntry, add: ReturnType<typeof startDatabaseBuild>['add'], onAdded: (record: OsvRecord) => void): RecordProblem | undefined {
  let value: unknown;
  try {
    value = JSON.parse(entry.text);
  } catch (error) {
    return { label: entry.label, id: undefined, reason: `not JSON: ${(error as Error).message}` };
  }
  const result = parseOsvRecord(value);
  if (!result.ok) return { label: entry.label, id: result.id, reason: result.reason };
  // Re-serialised compactly: exports are pretty-printed, and the whitespace would double the file.
  add(result.record, JSON.stringify(value));
  onAdded(result.record);
  return undefined;
}
