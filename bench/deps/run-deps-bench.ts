import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { measureBestOf, type CommandSpec, type Measurement } from '../measure.ts';
import { renderTable, type TargetCheck } from '../results-table.ts';
import { buildNpmLockfile, type NpmLockfileProject } from './build-npm-lockfile.ts';
import { canIsolateNetwork, ensureCdxgen } from './install-cdxgen.ts';

export interface DepsBenchOptions {
  repoRoot: string;
  benchDir: string;
  corpusDir: string;
  outputDir: string;
  runs: number;
  /** Lockfile entries to generate (at least). */
  packages: number;
  log: (line?: string) => void;
}

export interface DepsStepResult {
  label: string;
  command: string;
  measurement: Measurement;
  /** What the step produced: records imported, findings, SBOM components. */
  output: string;
}

export interface DepsBenchResult {
  lockfile: NpmLockfileProject;
  importedRecords: number;
  recordsPerSecond: number;
  cdxgenVersion: string;
  isCdxgenNetworkIsolated: boolean;
  results: DepsStepResult[];
  targets: TargetCheck[];
}

const scanTargetMs = 1000;
const sbomTargetSpeedup = 5;

/**
 * The dependencies part of `npm run bench`: import the whole OSV corpus, scan a generated
 * package-lock.json of several thousand packages with the deps scanner only, write its CycloneDX
 * SBOM, and have cdxgen write one for the same lockfile, all timed the same way.
 */
export async function runDepsBench(options: DepsBenchOptions): Promise<DepsBenchResult> {
  const { log } = options;
  const cdxgen = ensureCdxgen(options.benchDir, log);
  const osvCorpus = join(options.repoRoot, '..', 'shared', 'corpus', 'osv');
  const lockfile = buildNpmLockfile(osvCorpus, join(options.corpusDir, 'deps', 'project'), options.packages);
  const database = join(options.corpusDir, 'deps', 'osv.sqlite');
  const rampart = join(options.repoRoot, 'bin', 'rampart.js');
  log();
  log(`deps lockfile: ${lockfile.packages} packages (${lockfile.names} names from the corpus's npm records, ${lockfile.corpusVersions} entries at versions the records name, the rest their neighbours), ${(lockfile.bytes / 1e6).toFixed(2)} MB, in ${lockfile.lockfilePath}`);

  log(`rampart db import ${osvCorpus}…`);
  const importStep = await timeStep(options, 'rampart db import (full corpus)', { command: process.execPath, args: [rampart, 'db', 'import', osvCorpus, '--db', database], cwd: options.repoRoot, stdoutPath: join(options.outputDir, 'deps-import.txt') });
  // "Imported 8621 records into …": the number of records now in the database.
  const importedRecords = Number(/Imported (\d+) records/.exec(readFileSync(join(options.outputDir, 'deps-import.txt'), 'utf8'))?.[1] ?? Number.NaN);
  const recordsPerSecond = importedRecords / (importStep.measurement.wallMs / 1000);
  importStep.output = `${importedRecords} records, ${recordsPerSecond.toFixed(0)} records/s`;

  const reportPath = join(options.outputDir, 'rampart-deps-report.json');
  log('rampart scan --scanners deps…');
  const scanStep = await timeStep(options, 'rampart scan --scanners deps', { command: process.execPath, args: [rampart, 'scan', lockfile.lockfilePath, '--scanners', 'deps', '--db', database, '--format', 'json', '-o', reportPath, '--quiet', '--fail-on', 'never'], cwd: options.repoRoot });
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { findings: { package?: { name: string; version: string } }[]; errors: unknown[] };
  if (report.errors.length > 0) throw new Error(`rampart scan reported errors: ${JSON.stringify(report.errors).slice(0, 500)}`);
  const affected = new Set(report.findings.map((finding) => `${finding.package?.name}@${finding.package?.version}`)).size;
  scanStep.output = `${report.findings.length} findings on ${affected} affected name@version`;

  const rampartBom = join(options.outputDir, 'rampart-deps-bom.cdx.json');
  log('rampart sbom…');
  const sbomStep = await timeStep(options, 'rampart sbom (CycloneDX 1.6)', { command: process.execPath, args: [rampart, 'sbom', lockfile.rootDir, '-o', rampartBom], cwd: options.repoRoot });
  sbomStep.output = describeBom(rampartBom);

  const cdxgenBom = join(options.outputDir, 'cdxgen-deps-bom.cdx.json');
  const isolated = canIsolateNetwork();
  log(`cdxgen ${cdxgen.version} -t npm --no-install-deps${isolated ? ' (in an empty network namespace: unshare -n)' : ' (network not isolated: unshare -n is unavailable)'}…`);
  // FETCH_LICENSE=false and --no-install-deps keep cdxgen to reading the lockfile; unshare -n proves it needs no network.
  const cdxgenArgs = [cdxgen.script, '-t', 'npm', '--no-install-deps', '--no-babel', '--no-recurse', '--spec-version', '1.6', '-o', cdxgenBom, '.'];
  const cdxgenCommand: CommandSpec = isolated ? { command: 'unshare', args: ['-n', 'env', 'FETCH_LICENSE=false', process.execPath, ...cdxgenArgs], cwd: lockfile.rootDir } : { command: 'env', args: ['FETCH_LICENSE=false', process.execPath, ...cdxgenArgs], cwd: lockfile.rootDir };
  rmSync(cdxgenBom, { force: true });
  const cdxgenStep = await timeStep(options, `cdxgen ${cdxgen.version} (CycloneDX 1.6)`, cdxgenCommand);
  cdxgenStep.output = describeBom(cdxgenBom);

  const results = [importStep, scanStep, sbomStep, cdxgenStep];
  log();
  log(`Dependencies, best of ${options.runs} runs (wall time of the whole command, Node start-up included):`);
  log(renderTable(['step', 'wall s', 'CPU s', 'peak RSS MB', 'output'], results.map((step) => [step.label, (step.measurement.wallMs / 1000).toFixed(2), (step.measurement.cpuMs / 1000).toFixed(2), (step.measurement.peakRssBytes / 1e6).toFixed(0), step.output])));
  const sbomSpeedup = cdxgenStep.measurement.wallMs / sbomStep.measurement.wallMs;
  const cpuSpeedup = cdxgenStep.measurement.cpuMs / sbomStep.measurement.cpuMs;
  log(`ratios: cdxgen / rampart sbom = ${sbomSpeedup.toFixed(1)}× wall, ${cpuSpeedup.toFixed(1)}× CPU; rampart scan = ${(scanStep.measurement.wallMs / sbomStep.measurement.wallMs).toFixed(2)}× rampart sbom`);
  const targets: TargetCheck[] = [
    { name: `deps scan of ${lockfile.packages} packages < ${scanTargetMs / 1000} s`, actual: `${(scanStep.measurement.wallMs / 1000).toFixed(2)} s`, isMet: scanStep.measurement.wallMs < scanTargetMs },
    { name: `SBOM ≥ ${sbomTargetSpeedup}× faster than cdxgen`, actual: `${sbomSpeedup.toFixed(1)}× (wall), ${cpuSpeedup.toFixed(1)}× (CPU)`, isMet: sbomSpeedup >= sbomTargetSpeedup },
    { name: 'OSV import throughput', actual: `${recordsPerSecond.toFixed(0)} records/s (${importedRecords} records)`, isMet: undefined },
  ];
  return { lockfile, importedRecords, recordsPerSecond, cdxgenVersion: cdxgen.version, isCdxgenNetworkIsolated: isolated, results, targets };
}

async function timeStep(options: DepsBenchOptions, label: string, spec: CommandSpec): Promise<DepsStepResult> {
  const measurement = await measureBestOf(options.runs, { ...spec, timeoutMs: 300_000 });
  if (measurement.exitCode !== 0) throw new Error(`${label} exited with ${measurement.exitCode}:\n${measurement.stderr.slice(0, 2000)}`);
  return { label, command: [spec.command, ...spec.args].join(' '), measurement, output: '' };
}

function describeBom(path: string): string {
  const bom = JSON.parse(readFileSync(path, 'utf8')) as { components?: unknown[]; dependencies?: { dependsOn?: unknown[] }[] };
  const edges = (bom.dependencies ?? []).reduce((sum, entry) => sum + (entry.dependsOn?.length ?? 0), 0);
  return `${bom.components?.length ?? 0} components, ${edges} dependency edges`;
}
