import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { Command, Option } from 'commander';
import { readBaseline, writeBaseline } from '../../core/baseline.ts';
import { complianceFrameworkIds, summarizeCompliance, type ComplianceFrameworkId } from '../../core/compliance.ts';
import { loadConfig, type FailOn, type IacConfig, type RampartConfig } from '../../core/config.ts';
import { RampartError } from '../../core/errors.ts';
import type { ScanResult, ScanTarget } from '../../core/finding.ts';
import { exceedsFailOn, runScan } from '../../core/run-scan.ts';
import type { Scanner } from '../../core/scanner.ts';
import { confidences, severities, type Confidence } from '../../core/severity.ts';
import { defaultMaxBinaryFileBytes, type SourceFile } from '../../core/source-file.ts';
import { findReporter, reportFormats } from '../../report/index.ts';
import type { ReportRule } from '../../report/reporter.ts';
import { defaultScannerNames, scannerFactories, scannerNames } from '../../scanners/index.ts';
import type { CliIo } from '../io.ts';
import type { ExitCode } from '../run.ts';
import { toolVersion } from '../version.ts';
import { createProgress } from '../progress.ts';
import { createWorkerPoolProcessor, defaultJobs, minFilesForAskedWorkers, minFilesForDefaultWorkers } from '../worker-pool.ts';
import { readTextFile } from '../../sources/read-text-file.ts';
import { readBinaryFile, readFileHead, withFileRanges } from '../../sources/read-binary-file.ts';
import { defaultDatabasePath } from '../../vulndb/store.ts';
import { applyVex, readOpenVex, type VexStatement } from '../../scanners/deps/match-vex.ts';

const defaultMaxFileBytes = 10 * 1024 * 1024;
const failOnValues = [...severities, 'never'] as const;

export interface ScanOptions {
  scanners?: string;
  format: string;
  output?: string;
  failOn?: string;
  minConfidence?: string;
  config?: string;
  baseline?: string;
  writeBaseline?: string;
  strict?: boolean;
  quiet?: boolean;
  color: boolean;
  showSecrets?: boolean;
  git?: boolean;
  since?: string;
  branch?: string;
  staged?: boolean;
  maxFileBytes?: string;
  gitignore: boolean;
  jobs?: string;
  db?: string;
  ignoreUnfixed?: boolean;
  vex: string[];
  sbom?: string;
  compliance?: string;
  var?: string[];
  varFile?: string[];
}

export function registerScanCommand(program: Command, io: CliIo, setExitCode: (code: ExitCode) => void): void {
  program
    .command('scan')
    .description('Scan a directory, git history, staged changes or stdin ("-") for security findings')
    .argument('[path]', 'directory, repository or single file to scan, or - for stdin', '.')
    .option('--scanners <list>', `comma-separated scanners to run: ${scannerNames.join(', ')} (default: ${defaultScannerNames.join(', ')})`)
    .addOption(new Option('-f, --format <format>', 'report format').choices(reportFormats).default('table'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity (default: high)').choices(failOnValues))
    .addOption(new Option('--compliance <framework>', 'add a per-control pass/fail summary for a compliance framework (table, json and markdown reports)').choices(complianceFrameworkIds))
    .addOption(new Option('--min-confidence <level>', 'report only findings at least this sure (default: medium; low adds hygiene checks)').choices(confidences))
    .option('-c, --config <file>', 'config file (default: rampart.yaml or .rampart.yaml in the scanned root)')
    .option('--baseline <file>', 'ignore findings recorded in this baseline; only new ones are reported')
    .option('--write-baseline <file>', 'record all current findings as accepted in this file')
    .option('--strict', 'exit 2 when any file could not be read or parsed')
    .option('-q, --quiet', 'no progress or summary on stderr')
    .option('--no-color', 'disable colour (NO_COLOR is honoured too)')
    .option('--show-secrets', 'print secrets in full in the report (never do this in CI logs)')
    .option('--git', 'scan every commit reachable from all refs instead of the working tree')
    .option('--since <rev>', 'with --git: only commits after this revision (rev..)')
    .option('--branch <name>', 'with --git: only commits reachable from this branch or ref')
    .option('--staged', 'scan only staged changes (for pre-commit hooks)')
    .option('--max-file-bytes <bytes>', `skip files larger than this (default ${defaultMaxFileBytes})`)
    .option('--no-gitignore', 'do not honour .gitignore files (.rampartignore still applies)')
    .option('-j, --jobs <n>', 'worker threads for directory scans (default: number of CPUs, once the tree has 2000/(CPUs-1) files; given, from 200 files; 1 = no workers)')
    .option('--vex <file>', 'OpenVEX document whose not_affected and fixed statements suppress dependency findings (repeatable)', (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option('--db <path>', 'vulnerability database for the deps scanner (default: $XDG_CACHE_HOME/rampart/osv.sqlite); never updated by a scan')
    .option('--ignore-unfixed', 'deps scanner: leave out advisories with no released fix for the installed version (unfixed, will not fix, end of life)')
    .option('--var <name=value>', 'Terraform input variable for the iac scanner, as terraform -var (repeatable; overrides tfvars and config)', (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option('--var-file <file>', 'Terraform variable file (.tfvars or .tfvars.json) for the iac scanner, as terraform -var-file (repeatable)', (value: string, previous: string[]) => [...previous, value], [] as string[])
    .option('--sbom <file>', 'scan the packages of this CycloneDX or SPDX JSON SBOM for known vulnerabilities, instead of a directory (deps scanner only)')
    .addHelpText(
      'after',
      `
Examples:
  $ rampart scan                                   working tree, table output
  $ rampart scan ./service --format json -o out.json
  $ rampart scan --scanners secrets --config ci/rampart.yaml
  $ rampart scan --git --since origin/main         commits not yet on main
  $ rampart scan --git --branch release/2.x        one branch's history
  $ rampart scan --staged --fail-on medium         pre-commit hook
  $ rampart scan --format sarif -o rampart.sarif   for GitHub code scanning
  $ rampart scan --format markdown >> "$GITHUB_STEP_SUMMARY"
  $ rampart scan --sbom bom.cdx.json --db osv.sqlite    an SBOM instead of lockfiles
  $ rampart scan --scanners iac --var-file env/prod.tfvars --var region=eu-west-1
  $ rampart scan --write-baseline .rampart-baseline.json   accept today's findings
  $ rampart scan --baseline .rampart-baseline.json         fail only on new ones
  $ rampart scan --strict --quiet --no-color       CI: unreadable files fail the job too
  $ rampart scan --no-gitignore --max-file-bytes 52428800 --jobs 4
  $ rampart scan --show-secrets -f json -o local-only.json   full values, never in CI logs
  $ kubectl get secret -o yaml app | rampart scan -        stdin`,
    )
    .action(async (path: string, options: ScanOptions) => {
      setExitCode(await scanCommand(path, options, io));
    });
}

async function scanCommand(path: string, options: ScanOptions, io: CliIo): Promise<ExitCode> {
  validateFlagCombinations(path, options);
  const isStdin = path === '-';
  const targetPath = resolve(io.cwd, options.sbom ?? (isStdin ? '.' : path));
  const targetKind = isStdin ? 'stdin' : targetKindOf(targetPath, options.sbom ?? path);
  if (options.sbom && targetKind !== 'file') throw new RampartError('RAMPART_E_TARGET', `--sbom ${options.sbom} is not a file`, { hint: 'pass a CycloneDX or SPDX JSON document' });
  // A single file is scanned with the config of the directory it sits in; an SBOM with the working directory's.
  const root = options.sbom ? io.cwd : targetKind === 'file' ? dirname(targetPath) : targetPath;
  if (targetKind === 'file' && (options.git || options.staged)) {
    throw new RampartError('RAMPART_E_USAGE', '--git and --staged scan a repository, not a single file', { hint: `pass the repository directory instead of "${path}"` });
  }
  const { config, path: configPath, exceptionLines } = loadConfig(root, options.config ? resolve(io.cwd, options.config) : undefined);
  const failOn = (options.failOn ?? config.failOn ?? 'high') as FailOn;
  const minConfidence = (options.minConfidence ?? config.minConfidence ?? 'medium') as Confidence;
  const vexStatements = options.vex.flatMap((file) => readVexFile(resolve(io.cwd, file), file));
  const scannerConfig = scannerConfigFor(config, options, io);
  // An SBOM lists packages, not files: only the deps scanner has anything to read in it.
  const scanners = await createScanners(options.sbom ? 'deps' : options.scanners, config, scannerConfig);
  const maxFileBytes = parseMaxFileBytes(options.maxFileBytes) ?? config.maxFileBytes ?? defaultMaxFileBytes;
  const source = targetKind === 'file' ? createFileSource(targetPath, options.sbom ?? path, { maxFileBytes, maxBinaryFileBytes: config.maxBinaryFileBytes ?? defaultMaxBinaryFileBytes }, io.cwd, options.sbom ? 'sbom' : 'file') : await createSource(path, root, options, config, maxFileBytes, io);
  const color = options.color && !io.env.NO_COLOR && io.stdout.isTTY === true && !options.output;
  const progress = options.quiet ? undefined : createProgress(io.stderr, io.env);
  const jobs = parseJobs(options.jobs);
  const processFiles =
    source.target.kind === 'directory' && jobs > 1
      ? createWorkerPoolProcessor(jobs, {
          scannerNames: scanners.map((scanner) => scanner.name),
          scannerConfigs: Object.fromEntries(scanners.map((scanner) => [scanner.name, scannerConfig(scanner.name)])),
          showSecrets: options.showSecrets ?? false,
          maxFileBytes,
          ...(config.maxBinaryFileBytes ? { maxBinaryFileBytes: config.maxBinaryFileBytes } : {}),
          relatedRoot: root,
        }, options.jobs === undefined ? minFilesForDefaultWorkers(jobs) : minFilesForAskedWorkers)
      : undefined;

  const scanned = await runScan({
    target: source.target,
    files: source.files,
    scanners,
    sourceNotices: source.report,
    exceptions: config.exceptions ?? [],
    exceptionLines,
    ...(configPath ? { configPath } : {}),
    ...(options.baseline ? { baseline: readBaseline(resolve(io.cwd, options.baseline)) } : {}),
    showSecrets: options.showSecrets ?? false,
    minConfidence,
    today: io.now().toISOString().slice(0, 10),
    ...(progress ? { onProgress: progress.update } : {}),
    ...(processFiles ? { processFiles } : {}),
  });
  progress?.done();
  failOnBrokenDatabase(scanned);
  const result = vexStatements.length > 0 ? applyVex(scanned, vexStatements) : scanned;
  if (options.compliance) addComplianceSummary(result, options.compliance as ComplianceFrameworkId, scanners);

  if (options.writeBaseline) writeBaseline(resolve(io.cwd, options.writeBaseline), result.findings, io.now());
  writeReport(result, scanners, options, failOn, color, io);
  if (!options.quiet && (options.output || options.format !== 'table')) io.stderr.write(summarize(result, failOn));
  if (exceedsFailOn(result.findings, failOn) && !options.writeBaseline) return 1;
  if (options.strict && result.errors.length > 0) return 2;
  return 0;
}

/** The summary covers the controls the scanners' rules are tagged with; a notice says when none are. */
function addComplianceSummary(result: ScanResult, framework: ComplianceFrameworkId, scanners: readonly Scanner[]): void {
  result.compliance = summarizeCompliance(framework, scanners.flatMap((scanner) => scanner.rules()), result);
  if (result.compliance.controls.length === 0) {
    result.notices.push({ code: 'RAMPART_N_COMPLIANCE_EMPTY', message: `no rule of the scanners run maps to a ${framework} control; the iac scanner carries the CIS mappings (--scanners iac)` });
  }
}

function validateFlagCombinations(path: string, options: ScanOptions): void {
  if (options.sbom !== undefined) validateSbomFlags(path, options);
  if ((options.since || options.branch) && !options.git) {
    throw new RampartError('RAMPART_E_USAGE', '--since and --branch apply only to history scans', { hint: 'add --git' });
  }
  if (options.git && options.staged) {
    throw new RampartError('RAMPART_E_USAGE', '--git and --staged cannot be combined', { hint: 'use --git for history or --staged for a pre-commit hook' });
  }
}

/**
 * A vulnerability database that exists but is corrupt or of another schema version fails the scan
 * (a missing one only gets a notice): a report of no vulnerabilities from a broken database would
 * let a CI job pass that should not. The deps scanner reports it per lockfile, from any thread.
 */
function failOnBrokenDatabase(result: ScanResult): void {
  const broken = result.errors.find((error) => error.code === 'RAMPART_E_DB');
  if (!broken) return;
  throw new RampartError('RAMPART_E_DB', `${broken.path}: ${broken.message}`, { hint: 'run `rampart db update` or `rampart db import DIR` to rebuild the database, or point --db at a good one' });
}

function validateSbomFlags(path: string, options: ScanOptions): void {
  if (path !== '.') throw new RampartError('RAMPART_E_USAGE', `--sbom replaces the scan target, but "${path}" was given too`, { hint: 'scan either the SBOM or the directory' });
  if (options.git || options.staged) throw new RampartError('RAMPART_E_USAGE', '--sbom cannot be combined with --git or --staged', { hint: 'an SBOM has no history; scan it on its own' });
  if (options.scanners !== undefined && options.scanners.split(',').some((name) => name.trim() !== 'deps' && name.trim() !== '')) {
    throw new RampartError('RAMPART_E_USAGE', `--sbom runs only the deps scanner, but --scanners ${options.scanners} was given`, { hint: 'drop --scanners, or pass --scanners deps' });
  }
}

function targetKindOf(absolute: string, given: string): 'directory' | 'file' {
  let info;
  try {
    info = statSync(absolute);
  } catch {
    throw new RampartError('RAMPART_E_TARGET', `scan target "${given}" does not exist`, { hint: 'pass a directory or a file, or - to read stdin' });
  }
  if (info.isDirectory()) return 'directory';
  if (info.isFile()) return 'file';
  throw new RampartError('RAMPART_E_TARGET', `scan target "${given}" is neither a directory nor a regular file`, { hint: 'pipe it instead: rampart scan - < TARGET' });
}

/** One file named on the command line; its findings use the path relative to the working directory. */
function createFileSource(absolute: string, given: string, limits: { maxFileBytes: number; maxBinaryFileBytes: number }, cwd: string, kind: 'file' | 'sbom'): PreparedSource {
  const fromCwd = relative(cwd, absolute).split(sep).join('/');
  const reportPath = fromCwd.startsWith('..') ? basename(absolute) : fromCwd;
  const notices: ScanResult['notices'] = [];
  async function* files(): AsyncGenerator<SourceFile> {
    yield {
      path: reportPath,
      diskPath: absolute,
      read: async () => {
        const { text, notice } = await readTextFile(absolute, reportPath, limits.maxFileBytes);
        if (notice) notices.push(notice);
        return text;
      },
      readBytes: async () => {
        const { bytes, notice } = await readBinaryFile(absolute, reportPath, limits.maxBinaryFileBytes);
        if (notice) notices.push(notice);
        return bytes;
      },
      readHead: () => readFileHead(absolute),
      withByteRanges: (use) => withFileRanges(absolute, use),
    };
  }
  return { target: { kind, ref: given }, files: files(), report: () => ({ notices, errors: [], skipped: 0 }) };
}

function parseMaxFileBytes(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new RampartError('RAMPART_E_USAGE', `--max-file-bytes must be a positive integer, got "${value}"`, { hint: 'for example --max-file-bytes 52428800 (50 MiB)' });
  return parsed;
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 64) throw new RampartError('RAMPART_E_USAGE', `--jobs must be an integer from 1 to 64, got "${value}"`, { hint: 'for example --jobs 4' });
  return parsed;
}

function readVexFile(absolute: string, given: string): VexStatement[] {
  let text;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    throw new RampartError('RAMPART_E_USAGE', `cannot read --vex ${given}: ${(error as Error).message}`, { hint: 'pass the path of an OpenVEX JSON document' });
  }
  return readOpenVex(text, given);
}

/** `--var` values override `iac.variables`; `--var-file` files are read here, as they may lie outside the scanned tree. */
function withTerraformVariables(section: IacConfig, options: ScanOptions, io: CliIo): IacConfig {
  const assignments = options.var ?? [];
  const files = options.varFile ?? [];
  if (assignments.length === 0 && files.length === 0) return section;
  const variables = { ...section.variables };
  for (const assignment of assignments) {
    const equals = assignment.indexOf('=');
    if (equals <= 0) throw new RampartError('RAMPART_E_USAGE', `--var ${assignment} is not name=value`, { hint: 'for example --var environment=prod' });
    variables[assignment.slice(0, equals).trim()] = assignment.slice(equals + 1);
  }
  const varFileTexts = files.map((file) => {
    try {
      return { path: file, text: readFileSync(resolve(io.cwd, file), 'utf8') };
    } catch (error) {
      throw new RampartError('RAMPART_E_USAGE', `cannot read --var-file ${file}: ${(error as Error).message}`, { hint: 'pass a .tfvars or .tfvars.json file' });
    }
  });
  return { ...section, variables, ...(varFileTexts.length > 0 ? { varFileTexts } : {}) };
}

/**
 * Each scanner's config section; the deps scanner also gets the database path (--db, else the
 * same default `rampart db` uses) and the scan's clock, so worker threads open the same file.
 */
export function scannerConfigFor(config: RampartConfig, options: ScanOptions, io: CliIo): (name: string) => unknown {
  return (name) => {
    const section = (config as Record<string, unknown>)[name] ?? {};
    if (name === 'iac') return withTerraformVariables(section as IacConfig, options, io);
    if (name !== 'deps') return section;
    const database = options.db ? resolve(io.cwd, options.db) : defaultDatabasePath(io.env);
    return { ...(section as object), database, now: io.now().toISOString(), ...(options.sbom ? { sbom: true } : {}), ...(options.ignoreUnfixed ? { ignoreUnfixed: true } : {}) };
  };
}

export async function createScanners(flag: string | undefined, config: RampartConfig, scannerConfig: (name: string) => unknown): Promise<Scanner[]> {
  const requested = flag ? flag.split(',').map((name) => name.trim()).filter(Boolean) : (config.scanners ?? defaultScannerNames);
  const unknown = requested.filter((name) => !scannerNames.includes(name));
  if (unknown.length > 0) {
    throw new RampartError('RAMPART_E_USAGE', `unknown scanner "${unknown[0]}" in --scanners`, { hint: `available: ${scannerNames.join(', ')}` });
  }
  const factories = scannerFactories.filter((factory) => requested.includes(factory.name));
  return Promise.all(factories.map((factory) => factory.create(scannerConfig(factory.name))));
}

interface PreparedSource {
  target: ScanTarget;
  files: AsyncIterable<SourceFile>;
  report: () => { notices: ScanResult['notices']; errors: ScanResult['errors']; skipped: number };
}

async function createSource(path: string, root: string, options: ScanOptions, config: RampartConfig, maxFileBytes: number, io: CliIo): Promise<PreparedSource> {
  if (path === '-') {
    const { createStdinSource } = await import('../../sources/stdin.ts');
    return { target: { kind: 'stdin', ref: '-' }, ...createStdinSource(io.stdin ?? process.stdin, maxFileBytes) };
  }
  if (options.git) {
    const { createGitHistorySource } = await import('../../sources/git-history.ts');
    const source = await createGitHistorySource({ root, maxFileBytes, env: io.env, ...(options.since ? { since: options.since } : {}), ...(options.branch ? { branch: options.branch } : {}), exclude: gitExcludes(root, config) });
    return { target: { kind: 'git', ref: root }, ...source };
  }
  if (options.staged) {
    const { createStagedSource } = await import('../../sources/git-staged.ts');
    const source = await createStagedSource({ root, maxFileBytes, env: io.env, exclude: gitExcludes(root, config) });
    return { target: { kind: 'staged', ref: root }, ...source };
  }
  const { createDirectorySource } = await import('../../sources/directory.ts');
  const source = createDirectorySource({ root, maxFileBytes, exclude: config.exclude ?? [], useGitignore: options.gitignore, ...(config.maxBinaryFileBytes ? { maxBinaryFileBytes: config.maxBinaryFileBytes } : {}) });
  return { target: { kind: 'directory', ref: path }, files: source.files, report: source.report };
}

/** History and staged scans honour the root .rampartignore as well as the config's exclude list. */
function gitExcludes(root: string, config: RampartConfig): string[] {
  const ignoreFile = join(root, '.rampartignore');
  const fromFile = existsSync(ignoreFile) ? readFileSync(ignoreFile, 'utf8').split(/\r?\n/) : [];
  return [...(config.exclude ?? []), ...fromFile.filter((line) => line.trim() !== '' && !line.startsWith('#'))];
}

export function collectRules(scanners: readonly Scanner[]): ReportRule[] {
  return scanners.flatMap((scanner) => scanner.rules().map((rule) => ({ ...rule, scanner: scanner.name })));
}

export function writeReport(result: ScanResult, scanners: readonly Scanner[], options: ScanOptions, failOn: string, color: boolean, io: CliIo): void {
  const reporter = findReporter(options.format);
  if (!reporter) throw new RampartError('RAMPART_E_USAGE', `unknown format "${options.format}"`, { hint: `use one of: ${reportFormats.join(', ')}` });
  const text = reporter.render({ result, rules: collectRules(scanners), tool: { name: 'rampart', version: toolVersion() }, color, failOn });
  if (!options.output) {
    io.stdout.write(text);
    return;
  }
  const outputPath = resolve(io.cwd, options.output);
  try {
    writeFileSync(outputPath, text);
  } catch (cause) {
    throw new RampartError('RAMPART_E_OUTPUT', `cannot write report to ${options.output}: ${(cause as Error).message}`, { file: options.output, hint: 'check that the directory exists and is writable' });
  }
}

export function summarize(result: ScanResult, failOn: string): string {
  const failing = exceedsFailOn(result.findings, failOn);
  return `rampart: ${result.findings.length} finding(s), ${result.errors.length} error(s), ${result.stats.files} file(s) scanned${failing ? ` — failing: findings at or above ${failOn}` : ''}\n`;
}

