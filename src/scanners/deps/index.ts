import { RampartError } from '../../core/errors.ts';
import { existsSync } from 'node:fs';
import type { FindingDraft, ScanError, ScanNotice } from '../../core/finding.ts';
import type { FileScanOutput, Scanner } from '../../core/scanner.ts';
import { headBytes, type ByteRanges, type SourceFile, type SourceText } from '../../core/source-file.ts';
import { openStore, type VulnStore } from '../../vulndb/store.ts';
import { binaryParserFor, everyHeadParserReadsRanges, binaryParsersForHead, inventoryBinaryClaims, isDeclaredPackageFile, parseBinaryInputs, parseLockfile, parseRangeInputs, textParserFor } from './collect-inventory.ts';
import type { InventoryPackage, LockfileParseResult } from './inventory-package.ts';
import { matchPackage, toMatchableRecord, unevaluatedRecords, type MatchableRecord, type MatchedGroup, type PackageMatch, type RecordLookup, type UnevaluatedRecord } from './match-vulnerabilities.ts';
import { depsRules } from './rules/index.ts';
import { readSbomInventory } from './sbom-inventory.ts';

/**
 * What the deps scanner is created with. `database` and `now` are not user config: `rampart scan`
 * fills them from `--db` (or the XDG cache default) and its clock, the same for every worker.
 */
export interface DepsScannerConfig {
  /** Absolute path of the OSV database; without one the inventory is parsed and nothing matched. */
  database?: string;
  /** ISO time the scan started, to judge the database's age. */
  now?: string;
  /** A database built longer ago than this is reported as stale (the scan still uses it). */
  maxDatabaseAgeDays?: number;
  /**
   * `rampart scan --sbom FILE`: the scan's one file is a CycloneDX or SPDX JSON SBOM, read for its
   * packages instead of being dispatched to a lockfile parser by name.
   */
  sbom?: boolean;
  /**
   * `--ignore-unfixed`: leave out advisories with no released fix for the installed version
   * (fix state `unfixed`, `wont-fix` or `end-of-life`), as Trivy's flag of the same name does.
   */
  ignoreUnfixed?: boolean;
  /**
   * `rampart image`: read only installed packages (package databases, node_modules, site-packages,
   * gemspecs, archives), never lockfiles or manifests, which would count them a second time.
   */
  installedOnly?: boolean;
}

export const defaultMaxDatabaseAgeDays = 7;
const dayMs = 24 * 60 * 60 * 1000;
const getDatabaseHint = 'run `rampart db update` (downloads the OSV exports) or `rampart db import DIR` (OSV JSON records or zips you already have)';

/** Opens the store once, read-only; each worker thread builds its own scanner and so its own connection. */
export function createDepsScanner(config: DepsScannerConfig = {}): Scanner {
  const opened: OpenedDatabase = openDatabase(config.database);
  const lookup = opened.store ? cachedLookup(opened.store) : undefined;
  return {
    name: 'deps',
    rules: () => depsRules,
    // Lockfiles are whole documents; the added lines of a diff are not one.
    claims: (file: SourceFile) => !file.isDiffFragment && (config.sbom === true || (textParserFor(file.path) !== undefined && !(config.installedOnly === true && isDeclaredPackageFile(file.path)))),
    scanFile(file: SourceFile, text: SourceText) {
      const result = config.sbom ? parseSbom(file.path, text.text) : parseLockfile(textParserFor(file.path)!, file, text.text);
      return matchParsed(file.path, result, lineEndColumns(text.text));
    },
    // rpm databases and Java archives by path; executables by their first bytes (see BinaryPackageParser).
    // Without a parser that recognises executables, no file's first bytes are read at all.
    binaryClaims: {
      path: (path) => config.sbom !== true && binaryParserFor(path) !== undefined,
      ...(inventoryBinaryClaims.head ? { head: (path: string, head: Uint8Array) => config.sbom !== true && binaryParsersForHead(path, head).length > 0 } : {}),
    },
    scanBytes(file: SourceFile, bytes: Uint8Array) {
      const byPath = binaryParserFor(file.path);
      const parsers = byPath ? [byPath] : binaryParsersForHead(file.path, bytes.subarray(0, headBytes));
      if (parsers.length === 0) return { drafts: [], errors: [] };
      return matchParsed(file.path, parseBinaryInputs(parsers, file, bytes), () => 1);
    },
    // Executables on disk: their parsers read the section table and one section, not the whole file.
    ...(everyHeadParserReadsRanges ? {
      scanByteRanges(file: SourceFile, ranges: ByteRanges) {
        const parsers = binaryParsersForHead(file.path, ranges.read(0, Math.min(headBytes, ranges.size)));
        if (parsers.length === 0) return { drafts: [], errors: [] };
        return matchParsed(file.path, parseRangeInputs(parsers, file, ranges), () => 1);
      },
    } : {}),
    // A tree without lockfiles needed no database: say nothing rather than nag every secrets scan.
    scanNotices: (summary) => (summary.files === 0 ? [] : databaseNotices(opened, config, summary.files)),
  };

  /** Matches one file's parsed packages against the database. */
  function matchParsed(path: string, result: LockfileParseResult, lineEnd: (line: number) => number): FileScanOutput {
    const notices: ScanNotice[] = result.notices.map((notice) => ({ path: notice.path, code: 'RAMPART_N_INVENTORY', message: notice.line ? `line ${notice.line}: ${notice.message}` : notice.message }));
    if (opened.broken) return { drafts: [], errors: [...result.errors, databaseError(path, opened.broken)], notices };
    if (!lookup) return { drafts: [], errors: result.errors, notices };
    try {
      const unevaluated: UnevaluatedRecord[] = [];
      const drafts = result.packages.flatMap((item) => {
        unevaluated.push(...unevaluatedRecords(item, lookup));
        const match = matchPackage(item, lookup);
        return match ? draftsFor(match, path, lineEnd, config.ignoreUnfixed === true) : [];
      });
      if (unevaluated.length > 0) notices.push(unevaluatedNotice(path, unevaluated));
      return { drafts, errors: result.errors, notices };
    } catch (error) {
      // A page damaged past the header fails only when a query reaches it.
      if (!(error instanceof RampartError)) throw error;
      opened.broken = error;
      return { drafts: [], errors: [...result.errors, databaseError(path, error)], notices };
    }
  }
}

/** An SBOM's packages in the shape a lockfile parser returns; components it cannot match are counted in one notice. */
function parseSbom(path: string, text: string): LockfileParseResult {
  const read = readSbomInventory(path, text);
  const notices = read.skipped > 0 ? [{ path, message: `${read.skipped} component(s) without a package URL of a supported ecosystem were not checked` }] : [];
  return { packages: read.packages, errors: read.errors, notices };
}

interface OpenedDatabase {
  store: VulnStore | undefined;
  /** Why there is no store when there is no file: the lockfiles are still parsed, with one notice. */
  problem: string | undefined;
  /**
   * A database that exists but cannot be used (corrupt, another schema version). Every lockfile
   * then gets a RAMPART_E_DB error, which `rampart scan` turns into a failed run: reporting no
   * vulnerabilities from a broken database would pass a CI job that should not pass.
   */
  broken: RampartError | undefined;
}

function openDatabase(path: string | undefined): OpenedDatabase {
  if (path === undefined) return { store: undefined, problem: undefined, broken: undefined };
  try {
    return { store: openStore(path), problem: undefined, broken: undefined };
  } catch (error) {
    if (!(error instanceof RampartError)) throw error;
    return existsSync(path) ? { store: undefined, problem: undefined, broken: error } : { store: undefined, problem: error.message, broken: undefined };
  }
}

function databaseError(path: string, error: RampartError): ScanError {
  return { path, code: 'RAMPART_E_DB', message: `not checked for known vulnerabilities: ${error.message}` };
}

/** Advisories whose ranges rampart cannot evaluate for a package are not reported: one notice per lockfile says which. */
function unevaluatedNotice(path: string, unevaluated: readonly UnevaluatedRecord[]): ScanNotice {
  const listed = unevaluated.slice(0, 3).map((entry) => `${entry.id} for ${entry.packageName} ${entry.version} (${entry.reason})`);
  const more = unevaluated.length > listed.length ? `, and ${unevaluated.length - listed.length} more` : '';
  return { path, code: 'RAMPART_N_ADVISORY_UNEVALUATED', message: `${unevaluated.length} advisor${unevaluated.length === 1 ? 'y' : 'ies'} naming packages of this file could not be evaluated and ${unevaluated.length === 1 ? 'was' : 'were'} not reported: ${listed.join('; ')}${more}` };
}

/**
 * Packages recur across lockfiles (and one name at several versions within one), records across
 * packages: query each package name and parse each record once per scanner.
 */
function cachedLookup(store: VulnStore): RecordLookup {
  const parsed = new Map<string, MatchableRecord | undefined>();
  const byPackage = new Map<string, MatchableRecord[]>();
  return (ecosystem, name) => {
    const key = `${ecosystem}\u0000${name}`;
    const cached = byPackage.get(key);
    if (cached) return cached;
    const records = store.recordsFor(ecosystem, name).flatMap((stored) => {
      if (!parsed.has(stored.id)) parsed.set(stored.id, toMatchableRecord(stored));
      const record = parsed.get(stored.id);
      return record ? [record] : [];
    });
    byPackage.set(key, records);
    return records;
  };
}

/** One notice per scan, from the main thread's scanner: how to get a database, or that it is old. */
function databaseNotices(opened: OpenedDatabase, config: DepsScannerConfig, files: number): ScanNotice[] {
  if (config.database === undefined || opened.broken) return [];
  if (!opened.store) {
    return [{ code: 'RAMPART_N_NO_DATABASE', message: `the dependencies of ${files} lockfile(s) were read but not checked for known vulnerabilities: ${opened.problem ?? 'no vulnerability database'}; ${getDatabaseHint}` }];
  }
  const builtAt = Date.parse(opened.store.status().builtAt);
  const now = config.now ? Date.parse(config.now) : Date.now();
  const maxAgeDays = config.maxDatabaseAgeDays ?? defaultMaxDatabaseAgeDays;
  if (Number.isNaN(builtAt) || now - builtAt <= maxAgeDays * dayMs) return [];
  const ageDays = Math.floor((now - builtAt) / dayMs);
  return [{ code: 'RAMPART_N_DATABASE_STALE', message: `the vulnerability database at ${opened.store.path} was built ${ageDays} days ago (more than ${maxAgeDays}): advisories published since are missing; run \`rampart db update\`` }];
}

/**
 * The column just past each line's last character, computed on first use: splitting the text
 * again for every finding made a lockfile with a thousand findings quadratic.
 */
function lineEndColumns(text: string): (line: number) => number {
  let ends: number[] | undefined;
  return (line) => {
    ends ??= text.split('\n').map((row) => row.replace(/\r$/, '').length + 1);
    return ends[line - 1] ?? 1;
  };
}

function draftsFor(match: PackageMatch, scannedPath: string, lineEnd: (line: number) => number, ignoreUnfixed: boolean): FindingDraft[] {
  const item = match.package;
  const elsewhere = item.location.path !== scannedPath;
  const column = item.location.startColumn ?? 1;
  // The package's line, to its end when it is in this file; a line in an included file spans one column.
  const lineLength = elsewhere ? column : lineEnd(item.location.startLine);
  const groups = ignoreUnfixed ? match.groups.filter((group) => group.fix.state === 'fixed') : match.groups;
  return groups.map((group) => ({
    ruleId: 'vulnerable-dependency',
    message: messageFor(item, group, match),
    startLine: item.location.startLine,
    startColumn: column,
    endLine: item.location.startLine,
    endColumn: Math.max(column, lineLength),
    fingerprintContent: [item.ecosystem, item.name, item.version, group.id, ...group.aliases].join('\u0000'),
    ...(group.severity ? { severity: group.severity } : {}),
    ...(elsewhere ? { path: item.location.path } : {}),
    package: { ecosystem: item.ecosystem, name: item.name, version: item.version, ...(item.purl ? { purl: item.purl } : {}) },
    vulnerability: {
      id: group.id,
      ...(group.aliases.length > 0 ? { aliases: [...group.aliases] } : {}),
      ...(fixedVersionOf(match, group) ? { fixedVersions: [fixedVersionOf(match, group)!] } : {}),
      ...(group.cvss ? { cvss: { vector: group.cvss.vector, score: group.cvss.score } } : {}),
      fixState: group.fix.state,
    },
  }));
}

/** The upgrade that clears every advisory of the package, else the one that clears this advisory. */
function fixedVersionOf(match: PackageMatch, group: MatchedGroup): string | undefined {
  return match.clearingUpgrade ?? group.fix.fixedVersion;
}

function messageFor(item: InventoryPackage & { version: string }, group: MatchedGroup, match: PackageMatch): string {
  const ids = [group.id, ...group.aliases].join(', ');
  const summary = group.summary ? `: ${group.summary.trim()}` : '';
  const others = match.groups.length - 1;
  const fix = match.clearingUpgrade
    ? `Upgrade to ${match.clearingUpgrade}${others > 0 ? `, which also clears the ${others} other known advisor${others === 1 ? 'y' : 'ies'} for this package` : ''}.`
    : noCommonFix(group);
  const vector = group.cvss ? ` (CVSS ${group.cvss.score.toFixed(1)}, ${group.cvss.vector})` : '';
  const origin = item.source && item.source.name !== item.name ? `, built from source ${item.source.name} ${item.source.version}` : '';
  const where = item.distribution ? `${item.ecosystem} ${item.distribution.release}` : item.ecosystem;
  return `${item.name} ${item.version} (${where}${origin}) is affected by ${ids}${summary}${vector}; an attacker who can reach the vulnerable code can exploit it as the advisory describes. ${fix}`;
}

/** The fix sentence when no single upgrade clears every advisory of the package. */
function noCommonFix(group: MatchedGroup): string {
  const { state, fixedVersion, reason } = group.fix;
  if (state === 'fixed') return `Upgrade to ${fixedVersion} to clear this advisory; no released version clears every known advisory for this package.`;
  if (state === 'unfixed') return 'No fixed version has been released yet (fix state: unfixed).';
  return `No fix will be released: ${reason} (fix state: ${state}).`;
}
