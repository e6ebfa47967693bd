import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureCommand, type CommandSpec, type Measurement } from '../measure.ts';
import { summarizeCpuProfiles } from '../profile-summary.ts';
import { renderTable, type TargetCheck } from '../results-table.ts';
import { rampartScanSpec } from '../tools/rampart.ts';
import { ensureTerraformWorkspace, type TerraformWorkspace } from './generate-terraform-workspace.ts';

export interface IacBenchOptions {
  repoRoot: string;
  benchDir: string;
  corpusDir: string;
  outputDir: string;
  runs: number;
  /** Root stacks in the generated Terraform workspace. */
  stacks: number;
  isProfiled: boolean;
  log: (line?: string) => void;
}

/** One tree measured three ways: parse only, the scan on one thread, the scan as users run it. */
export interface IacTargetResult {
  label: string;
  dir: string;
  files: number;
  bytes: number;
  /** Best in-process time of the parse-only walk (after start-up). */
  parseMs: number;
  /** Best in-process time of `rampart scan --scanners iac --jobs 1` (the report's stats.durationMs). */
  scanMs: number;
  /** Least CPU time of the parse-only walk (after start-up). */
  parseCpuMs: number;
  /** Least CPU time of the same walk when HCL is also converted into the reader's syntax tree. */
  syntaxCpuMs: number;
  /** Least CPU time of `rampart scan --scanners iac --jobs 1`, less that of the same command on an empty directory (start-up). */
  scanCpuMs: number;
  parse: Measurement;
  scanOneThread: Measurement;
  scan: Measurement;
  findings: number;
  errors: number;
  notices: number;
  scannedFiles: number;
}

export interface IacBenchResult {
  workspace: TerraformWorkspace;
  /** CPU time of `rampart scan --scanners iac --jobs 1` on an empty directory: node, the CLI, the rules and the WASM grammar loading. */
  startupCpuMs: number;
  targets: IacTargetResult[];
  checks: TargetCheck[];
}

/** Issue 6: a scan may cost at most this many times merely parsing the same files. */
const targetParseRatio = 3;

/**
 * `rampart scan --scanners iac` against parsing alone, on the shared corpus (TerraGoat, CfnGoat,
 * KustomizeGoat, kubernetes-goat) and on a generated Terraform workspace of hundreds of files.
 */
export async function runIacBench(options: IacBenchOptions): Promise<IacBenchResult> {
  const { log } = options;
  const corpus = join(options.repoRoot, '..', 'shared', 'corpus', 'iac');
  const workspace = ensureTerraformWorkspace(options.corpusDir, options.stacks);
  log();
  log(`IaC: shared corpus ${corpus}; generated Terraform workspace ${workspace.isReused ? 'reused' : 'written'} at ${workspace.rootDir}:`);
  log(`  ${workspace.stacks} root stacks + 6 local modules, ${workspace.files} files (${(workspace.bytes / 1e6).toFixed(2)} MB), ${workspace.resourceBlocks} resource blocks, ${workspace.moduleCalls} module calls`);
  let startupCpuMs = 0;
  const targets: IacTargetResult[] = [];
  const empty = mkdtempSync(join(tmpdir(), 'rampart-iac-empty-'));
  try {
    const startup = series(rampartScanSpec(options.repoRoot, empty, '/dev/null', 'iac', ['--jobs', '1']), () => undefined);
    const plans = [planTarget(options, 'IaC corpus (4 goats)', corpus), planTarget(options, `generated workspace (${workspace.stacks} stacks)`, workspace.rootDir)];
    // Round-robin: each round runs every command once, so a machine that slows down or speeds up
    // over the minutes of a bench moves the scans, the parses and the start-up alike.
    log(`start-up, then per tree: parse only, parse into syntax, rampart scan --scanners iac --jobs 1 and default; ${options.runs} rounds…`);
    for (let round = 0; round < options.runs; round++) {
      await startup.runOnce();
      for (const plan of plans) for (const each of plan.all) await each.runOnce();
    }
    startupCpuMs = startup.best().leastCpuMs;
    log(`rampart start-up (scan of an empty directory, --jobs 1): ${startupCpuMs.toFixed(0)} ms CPU`);
    targets.push(...plans.map((plan) => plan.result(startupCpuMs)));
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
  log();
  log(`IaC scan against parse only, best of ${options.runs} runs (in-process times exclude start-up; peak RSS is the highest of any run):`);
  log(renderIacResults(targets));
  log('No peer runs here: Checkov and KICS are Python and Go programs and Trivy a Go binary; none is an npm package, so none is installable offline from the npm registry.');
  if (options.isProfiled) profileScan(options, workspace.rootDir);
  return { workspace, startupCpuMs, targets, checks: targets.flatMap(checkTarget) };
}

interface TargetPlan {
  all: Series<unknown>[];
  result(startupCpuMs: number): IacTargetResult;
}

function planTarget(options: IacBenchOptions, label: string, dir: string): TargetPlan {
  const parseOutput = join(options.outputDir, 'iac-parse.json');
  const parseSpec: CommandSpec = { command: process.execPath, args: ['--import', 'tsx', join(options.benchDir, 'iac', 'parse-iac-files.ts'), dir], cwd: options.repoRoot, stdoutPath: parseOutput };
  const readSummary = (): ParseSummary => JSON.parse(readFileSync(parseOutput, 'utf8')) as ParseSummary;
  const parse = series(parseSpec, readSummary);
  const syntax = series({ ...parseSpec, args: [...parseSpec.args, '--to-syntax'] }, readSummary);
  const reportPath = join(options.outputDir, 'rampart-iac-report.json');
  const readReport = (): IacReport => JSON.parse(readFileSync(reportPath, 'utf8')) as IacReport;
  const oneThreadRun = series(rampartScanSpec(options.repoRoot, dir, reportPath, 'iac', ['--jobs', '1']), readReport);
  const pooledRun = series(rampartScanSpec(options.repoRoot, dir, reportPath, 'iac'), readReport);
  return {
    all: [parse, syntax, oneThreadRun, pooledRun],
    result(startupCpuMs) {
      const parsed = parse.best();
      const oneThread = oneThreadRun.best();
      const pooled = pooledRun.best();
      const report = oneThread.output;
      if (pooled.output.findings.length !== report.findings.length) throw new Error(`${label}: ${report.findings.length} findings on one thread but ${pooled.output.findings.length} with workers`);
      return {
        label, dir, files: parsed.output.files, bytes: parsed.output.bytes,
        parseMs: parsed.bestInProcessMs, scanMs: oneThread.bestInProcessMs,
        parseCpuMs: parsed.leastInProcessCpuMs, syntaxCpuMs: syntax.best().leastInProcessCpuMs, scanCpuMs: oneThread.leastCpuMs - startupCpuMs,
        parse: parsed.measurement, scanOneThread: oneThread.measurement, scan: pooled.measurement,
        findings: report.findings.length, errors: report.errors.length, notices: report.notices.length, scannedFiles: report.stats.byScanner['iac']?.files ?? 0,
      };
    },
  };
}

interface IacReport {
  findings: unknown[];
  errors: unknown[];
  notices: unknown[];
  stats: { durationMs: number; byScanner: Record<string, { files: number }> };
}

interface ParseSummary {
  files: number;
  bytes: number;
  parseMs: number;
  parseCpuMs: number;
}

interface BestOf<T> {
  /** The run with the best wall time, with the highest peak memory of any run. */
  measurement: Measurement;
  output: T;
  /** Best in-process wall time the output reports (parse summary or report stats). */
  bestInProcessMs: number;
  /** Least in-process CPU time the output reports (parse summary only). */
  leastInProcessCpuMs: number;
  /** Least CPU time of the whole process. */
  leastCpuMs: number;
}

/** Repeated runs of one command, keeping the best of each figure (other processes only ever add time). */
interface Series<T> {
  runOnce(): Promise<void>;
  best(): BestOf<T>;
}

function series<T extends ParseSummary | IacReport | undefined>(spec: CommandSpec, readOutput: () => T): Series<T> {
  let best: Measurement | undefined;
  let output: T | undefined;
  let bestInProcessMs = Number.POSITIVE_INFINITY;
  let leastInProcessCpuMs = Number.POSITIVE_INFINITY;
  let leastCpuMs = Number.POSITIVE_INFINITY;
  let peak = 0;
  return {
    async runOnce() {
      const measurement = await measureCommand(spec);
      if (measurement.exitCode !== 0) throw new Error(`${spec.args.join(' ')} exited with ${measurement.exitCode}:\n${measurement.stderr.slice(0, 2000)}`);
      output = readOutput();
      if (output && 'parseMs' in output) {
        bestInProcessMs = Math.min(bestInProcessMs, output.parseMs);
        leastInProcessCpuMs = Math.min(leastInProcessCpuMs, output.parseCpuMs);
      } else if (output) bestInProcessMs = Math.min(bestInProcessMs, output.stats.durationMs);
      leastCpuMs = Math.min(leastCpuMs, measurement.cpuMs);
      peak = Math.max(peak, measurement.peakRssBytes);
      if (!best || measurement.wallMs < best.wallMs) best = measurement;
    },
    best() {
      if (!best) throw new Error(`${spec.args.join(' ')} was never run`);
      return { measurement: { ...best, peakRssBytes: peak }, output: output as T, bestInProcessMs, leastInProcessCpuMs, leastCpuMs };
    },
  };
}

function renderIacResults(targets: readonly IacTargetResult[]): string {
  const seconds = (ms: number): string => (ms / 1000).toFixed(2);
  const megabytes = (bytes: number): string => (bytes / 1e6).toFixed(0);
  return renderTable(
    ['tree', 'files', 'MB', 'parse ms', 'scan ms', 'scan/parse', 'parse CPU ms', 'to-syntax CPU ms', 'scan CPU ms', 'CPU scan/parse', 'CPU scan/to-syntax', 'wall s 1 thread/default', 'peak RSS MB parse/scan', 'findings', 'errors'],
    targets.map((target) => [
      target.label,
      String(target.files),
      (target.bytes / 1e6).toFixed(2),
      target.parseMs.toFixed(0),
      target.scanMs.toFixed(0),
      `${(target.scanMs / target.parseMs).toFixed(2)}×`,
      target.parseCpuMs.toFixed(0),
      target.syntaxCpuMs.toFixed(0),
      target.scanCpuMs.toFixed(0),
      `${(target.scanCpuMs / target.parseCpuMs).toFixed(2)}×`,
      `${(target.scanCpuMs / target.syntaxCpuMs).toFixed(2)}×`,
      `${seconds(target.scanOneThread.wallMs)} / ${seconds(target.scan.wallMs)}`,
      `${megabytes(target.parse.peakRssBytes)} / ${megabytes(Math.max(target.scanOneThread.peakRssBytes, target.scan.peakRssBytes))}`,
      String(target.findings),
      String(target.errors),
    ]),
  );
}

/** The target is judged on CPU time, which other processes on a shared machine barely move; wall times are shown beside it. */
function checkTarget(target: IacTargetResult): TargetCheck[] {
  const ratio = target.scanCpuMs / target.parseCpuMs;
  return [
    { name: `IaC scan ≤ ${targetParseRatio}× parse, ${target.label}`, actual: `${ratio.toFixed(2)}× CPU (${target.scanCpuMs.toFixed(0)} / ${target.parseCpuMs.toFixed(0)} ms); wall ${(target.scanMs / target.parseMs).toFixed(2)}×`, isMet: ratio <= targetParseRatio },
    { name: `IaC files scanned, ${target.label}`, actual: `${target.scannedFiles} scanned / ${target.files} parsed`, isMet: target.scannedFiles >= target.files },
  ];
}

/** One extra single-threaded scan of the workspace under the V8 profiler, summarised by self time. */
function profileScan(options: IacBenchOptions, dir: string): void {
  const profileDir = join(options.outputDir, 'cpu-profile-iac');
  rmSync(profileDir, { recursive: true, force: true });
  const spec = rampartScanSpec(options.repoRoot, dir, '/dev/null', 'iac', ['--jobs', '1']);
  execFileSync(spec.command, ['--cpu-prof', '--cpu-prof-dir', profileDir, ...spec.args], { cwd: spec.cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  const profiles = readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile'));
  if (profiles.length === 0) return;
  options.log();
  options.log(`rampart iac CPU profile of the generated workspace (--jobs 1), top functions by self time — files in ${profileDir}:`);
  options.log(summarizeCpuProfiles(profiles.map((name) => join(profileDir, name))));
}
