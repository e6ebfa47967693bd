import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { RampartError } from '../../core/errors.ts';
import { defaultExportBaseUrl, defaultUpdateEcosystems, downloadExport, DownloadError, exportUrl } from '../../vulndb/download-export.ts';
import { EmptyImportError, ImportRefusedError, importOsv, type ImportReport, type ImportSummary, type OsvSource } from '../../vulndb/import-osv.ts';
import { directoryEntries, OsvSourceError, zipEntries } from '../../vulndb/osv-sources.ts';
import { defaultDatabasePath, openStore, type StoreStatus } from '../../vulndb/store.ts';
import type { CliIo } from '../io.ts';
import type { ExitCode } from '../run.ts';

const statusFormats = ['table', 'json'] as const;
type StatusFormat = (typeof statusFormats)[number];
/** How many malformed records are listed one by one before the rest are only counted. */
const listedProblems = 20;
const noDatabaseHint = 'run `rampart db update` or `rampart db import DIR`';

interface DbOptions {
  db?: string;
}

interface UpdateOptions extends DbOptions {
  ecosystems?: string;
  baseUrl?: string;
}

/** An export where more than this share of records is malformed is a broken download or the wrong file, not data to trust. */
const maxMalformedShare = 0.05;

interface StatusOptions extends DbOptions {
  format?: string;
}

export function registerDbCommand(program: Command, io: CliIo, setExitCode: (code: ExitCode) => void): void {
  const db = program.command('db').description('Manage the offline OSV vulnerability database');
  db.command('import')
    .description('Build the database from OSV JSON records: directories (searched recursively) and/or zip exports (OSV all.zip)')
    .argument('<sources...>', 'directories or .zip files of OSV records')
    .option('--db <path>', 'database file (default: $XDG_CACHE_HOME/rampart/osv.sqlite)')
    .addHelpText(
      'after',
      `
The new database replaces the old one atomically and holds exactly the records of the sources given.

Examples:
  $ rampart db import ./advisories
  $ rampart db import npm-all.zip PyPI-all.zip --db ./osv.sqlite

Exit codes: 0 imported (malformed records are reported on stderr and skipped), 2 unreadable source or no valid record.`,
    )
    .action((sources: string[], options: DbOptions) => {
      setExitCode(importCommand(sources, options, io));
    });
  db.command('update')
    .description('Download the per-ecosystem OSV exports, verify them and swap the new database in (the only command that uses the network)')
    .option('--db <path>', 'database file (default: $XDG_CACHE_HOME/rampart/osv.sqlite)')
    .option('--ecosystems <list>', `comma-separated OSV ecosystems (default: ${defaultUpdateEcosystems.join(',')})`)
    .option('--base-url <url>', `where the exports live, as <url>/<Ecosystem>/all.zip (default: ${defaultExportBaseUrl})`)
    .addHelpText(
      'after',
      `
Examples:
  $ rampart db update
  $ rampart db update --ecosystems npm,PyPI --base-url https://mirror.example.com/osv/

Exit codes: 0 updated, 2 a download failed or an export did not verify (the previous database is unchanged).`,
    )
    .action(async (options: UpdateOptions) => {
      setExitCode(await updateCommand(options, io));
    });
  db.command('status')
    .description('Show where the database is, how old it is and how many records each ecosystem has')
    .option('--db <path>', 'database file (default: $XDG_CACHE_HOME/rampart/osv.sqlite)')
    .option('-f, --format <format>', `output format: ${statusFormats.join(', ')}`, 'table')
    .addHelpText('after', '\nExit codes: 0 database present, 2 no database or an unreadable one.')
    .action((options: StatusOptions) => {
      setExitCode(statusCommand(options, io));
    });
}

function databasePath(options: DbOptions, io: CliIo): string {
  return options.db === undefined ? defaultDatabasePath(io.env) : resolve(io.cwd, options.db);
}

function importCommand(given: readonly string[], options: DbOptions, io: CliIo): ExitCode {
  const target = databasePath(options, io);
  const sources = given.map((path) => sourceFor(path, io));
  const report = runImport(sources, target, io);
  for (const problem of report.problems.slice(0, listedProblems)) io.stderr.write(`rampart: skipped ${problem.label}${problem.id ? ` (${problem.id})` : ''}: ${problem.reason}\n`);
  if (report.problems.length > listedProblems) io.stderr.write(`rampart: … and ${report.problems.length - listedProblems} more malformed records\n`);
  const perEcosystem = describeEcosystems(report);
  io.stdout.write(`Imported ${report.records} records into ${report.path}${perEcosystem ? ` (${perEcosystem})` : ''}; ${report.problems.length} malformed skipped, ${report.duplicates} duplicates.\n`);
  writeUnmatchableNotices(report, io);
  return 0;
}

/** Valid records rampart stores but cannot use, counted (not listed: an export can hold thousands). */
function writeUnmatchableNotices(report: ImportReport, io: CliIo): void {
  const unknown = [...report.unknownEcosystems].sort(([left], [right]) => left.localeCompare(right));
  const unknownCount = unknown.reduce((sum, [, count]) => sum + count, 0);
  if (unknownCount > 0) {
    io.stderr.write(`rampart: notice: ${unknownCount} record(s) name only ecosystems rampart has no version ordering for (${unknown.map(([ecosystem, count]) => `${ecosystem} ${count}`).join(', ')}): stored, but they never match a package\n`);
  }
  const [first] = report.unevaluableRanges;
  if (first) {
    io.stderr.write(`rampart: notice: ${report.unevaluableRanges.length} record(s) have ranges rampart cannot evaluate, which never report a package affected (a scan names the ones that touch its packages); first: ${first.id} (${first.reason})\n`);
  }
}

function runImport(sources: readonly OsvSource[], target: string, io: CliIo, verify?: (summary: ImportSummary) => string | undefined): ImportReport {
  try {
    return importOsv(sources, target, { now: io.now(), onProgress: (read) => io.stderr.write(`rampart: read ${read} records…\n`), ...(verify ? { verify } : {}) });
  } catch (error) {
    if (error instanceof OsvSourceError || error instanceof EmptyImportError || error instanceof ImportRefusedError) {
      throw new RampartError('RAMPART_E_DB', error.message, { hint: 'the previous database, if any, is unchanged' });
    }
    throw error;
  }
}

async function updateCommand(options: UpdateOptions, io: CliIo): Promise<ExitCode> {
  const target = databasePath(options, io);
  const baseUrl = parseBaseUrl(options.baseUrl ?? defaultExportBaseUrl);
  const ecosystems = parseEcosystems(options.ecosystems);
  const sources: OsvSource[] = [];
  for (const ecosystem of ecosystems) {
    const url = exportUrl(baseUrl, ecosystem);
    io.stderr.write(`rampart: downloading ${url}\n`);
    let data: Uint8Array;
    try {
      data = await downloadExport(url);
    } catch (error) {
      if (error instanceof DownloadError) throw new RampartError('RAMPART_E_NETWORK', error.message, { hint: 'the previous database, if any, is unchanged; check the network or --base-url' });
      throw error;
    }
    // Inflated one export at a time during the import, so only one is expanded in memory.
    sources.push({ label: url, entries: () => zipEntries(data, `${ecosystem}/all.zip`) });
  }
  const previous = previousCounts(target);
  const report = runImport(sources, target, io, (summary) => verifyUpdate(summary, ecosystems, previous));
  io.stdout.write(`Updated ${report.path}: ${report.records} records (${describeEcosystems(report)}); ${report.problems.length} malformed skipped.\n`);
  writeUnmatchableNotices(report, io);
  return 0;
}

function verifyUpdate(summary: ImportSummary, ecosystems: readonly string[], previous: ReadonlyMap<string, number>): string | undefined {
  const empty = ecosystems.filter((ecosystem) => !summary.ecosystems.has(ecosystem));
  if (empty.length > 0) return `the export for ${empty.join(', ')} holds no valid record`;
  // Advisory databases only grow (withdrawn records stay); losing half of one means a truncated or wrong export.
  const shrunk = ecosystems.find((ecosystem) => (summary.ecosystems.get(ecosystem) ?? 0) < (previous.get(ecosystem) ?? 0) / 2);
  if (shrunk !== undefined) return `the export for ${shrunk} has ${summary.ecosystems.get(shrunk) ?? 0} records, under half of the ${previous.get(shrunk)} in the current database; refusing the update`;
  if (summary.problems > summary.read * maxMalformedShare) return `${summary.problems} of ${summary.read} records are malformed; refusing the update`;
  return undefined;
}

/** Record counts of the database being replaced; an unreadable one counts as empty, since replacing it is the fix. */
function previousCounts(path: string): Map<string, number> {
  if (!existsSync(path)) return new Map();
  try {
    const store = openStore(path);
    try {
      return new Map(store.status().ecosystems.map((entry) => [entry.ecosystem, entry.records]));
    } finally {
      store.close();
    }
  } catch {
    return new Map();
  }
}

function parseBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new RampartError('RAMPART_E_USAGE', `--base-url "${value}" is not a URL`, { hint: `for example ${defaultExportBaseUrl}` });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new RampartError('RAMPART_E_USAGE', `--base-url must be http or https, not ${url.protocol}`);
  return url.toString();
}

function parseEcosystems(value: string | undefined): string[] {
  if (value === undefined) return [...defaultUpdateEcosystems];
  const list = [...new Set(value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== ''))];
  if (list.length === 0) throw new RampartError('RAMPART_E_USAGE', '--ecosystems is empty', { hint: `for example ${defaultUpdateEcosystems.slice(0, 2).join(',')}` });
  return list;
}

function describeEcosystems(report: ImportReport): string {
  return [...report.ecosystems].sort(([a], [b]) => (a < b ? -1 : 1)).map(([ecosystem, count]) => `${ecosystem} ${count}`).join(', ');
}

function sourceFor(path: string, io: CliIo): OsvSource {
  const absolute = resolve(io.cwd, path);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch {
    throw new RampartError('RAMPART_E_TARGET', `import source "${path}" does not exist`, { hint: 'pass a directory of OSV JSON files or an OSV all.zip' });
  }
  return isDirectory ? { label: absolute, entries: () => directoryEntries(absolute) } : { label: absolute, entries: () => zipEntries(readFileSync(absolute), path) };
}

function statusCommand(options: StatusOptions, io: CliIo): ExitCode {
  const format = parseFormat(options.format ?? 'table');
  const path = databasePath(options, io);
  if (!existsSync(path)) throw new RampartError('RAMPART_E_DB', `no vulnerability database at ${path}`, { hint: noDatabaseHint });
  const store = openStore(path);
  try {
    const status = store.status();
    io.stdout.write(format === 'json' ? `${JSON.stringify({ ...status, ageSeconds: ageSeconds(status, io) }, null, 2)}\n` : renderStatus(status, io));
  } finally {
    store.close();
  }
  return 0;
}

function parseFormat(value: string): StatusFormat {
  const found = statusFormats.find((format) => format === value);
  if (!found) throw new RampartError('RAMPART_E_USAGE', `unknown db status format "${value}"`, { hint: `use one of: ${statusFormats.join(', ')}` });
  return found;
}

function ageSeconds(status: StoreStatus, io: CliIo): number {
  return Math.max(0, Math.round((io.now().getTime() - Date.parse(status.builtAt)) / 1000));
}

function renderStatus(status: StoreStatus, io: CliIo): string {
  const lines = [
    `Database:       ${status.path}`,
    `Built:          ${status.builtAt} (${describeAge(ageSeconds(status, io))} ago)`,
    `Schema version: ${status.schemaVersion}`,
    `Size:           ${(status.sizeBytes / (1024 * 1024)).toFixed(1)} MiB`,
    `Records:        ${status.records} (${status.withdrawn} withdrawn)`,
    '',
    ...alignColumns([['Ecosystem', 'Records', 'Imported', 'Source'], ...status.ecosystems.map((entry) => [entry.ecosystem, String(entry.records), entry.importedAt ?? '-', entry.source ?? '-'])]),
  ];
  return `${lines.join('\n')}\n`;
}

function describeAge(seconds: number): string {
  if (seconds < 3600) return `${Math.floor(seconds / 60)} minutes`;
  if (seconds < 172_800) return `${Math.floor(seconds / 3600)} hours`;
  return `${Math.floor(seconds / 86_400)} days`;
}

function alignColumns(rows: readonly string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  '));
}
