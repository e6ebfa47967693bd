import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { secretRules } from '../src/scanners/secrets/rules/index.ts';
import { ensureCorpus, type CorpusManifest } from './corpus/build-corpus.ts';
import { ensureHistoryRepo, type HistoryPlant } from './history/build-history-repo.ts';
import { measureBestOf, measureCommand } from './measure.ts';
import { summarizeCpuProfiles } from './profile-summary.ts';
import { measureRuleCosts, renderRuleCosts } from './rule-costs.ts';
import { peakMegabytes, renderTable, renderTargets, renderToolResults, throughputMbPerSecond, type TargetCheck, type ToolResult } from './results-table.ts';
import type { PlantedSecret } from './corpus/planted-secrets.ts';
import { checkHistoryPlants, checkPlantedSecrets, type SelfCheck } from './self-check.ts';
import { gitLogSpec } from './tools/git-log.ts';
import { ensureSystemTools, ensureTools, type ToolPaths } from './tools/install-tools.ts';
import { runPipelineBench, type PipelineBenchResult } from './pipeline/run-pipeline-bench.ts';
import { runDepsBench, type DepsBenchResult } from './deps/run-deps-bench.ts';
import { runImageBench, type ImageBenchResult } from './image/run-image-bench.ts';
import { runIacBench, type IacBenchResult } from './iac/run-iac-bench.ts';
import { buildRampart, rampartGitSpec, rampartScanSpec, readRampartReport } from './tools/rampart.ts';
import { ripgrepPatternCount, ripgrepSpec, readRipgrepMatchCount, type RipgrepVariant } from './tools/ripgrep.ts';
import { readSecretlintFindingCount, secretlintSpec } from './tools/secretlint.ts';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(benchDir, '..');
const corpusDir = join(benchDir, '.corpus');
const outputDir = join(corpusDir, 'output');

/** secretlint gets this long on the whole corpus before the bench falls back to the fixed sample. */
const secretlintFullTimeoutMs = 240_000;
/** Peak memory on the full corpus may exceed the half corpus's by this factor and still count as flat. */
const memoryGrowthAllowance = 1.25;

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'no-history': { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    'rule-costs': { type: 'boolean', default: false },
    only: { type: 'string' },
    'pipeline-copies': { type: 'string', default: '20' },
    'deps-packages': { type: 'string', default: '3200' },
    'iac-stacks': { type: 'string', default: '100' },
  },
});
const benchParts = ['secrets', 'pipeline', 'deps', 'image', 'iac'] as const;
type BenchPart = (typeof benchParts)[number];
if (options.only !== undefined && !benchParts.includes(options.only as BenchPart)) throw new Error(`--only must be one of: ${benchParts.join(', ')}`);
const only = options.only as BenchPart | undefined;
const runs = Math.max(1, Number(options.runs) || 3);
const ruleIds = secretRules.map((rule) => rule.id);
const log = (line = ''): void => console.log(line);

async function main(): Promise<number> {
  log(`rampart bench — ${describeMachine()}`);
  const [load] = loadavg();
  // Other processes on a 2-core machine skew wall times more than anything the tools do.
  if (load! > 0.5) log(`WARNING: load average is ${load!.toFixed(2)} before the bench starts; other processes will slow the timed runs`);
  ensureSystemTools(log);
  const isRunning = (part: BenchPart): boolean => only === undefined || only === part;
  const tools = isRunning('secrets') ? ensureTools(benchDir, log) : undefined;
  log('building rampart (npm run build)…');
  const buildWarning = buildRampart(repoRoot);
  if (buildWarning) log(`WARNING: ${buildWarning}`);
  mkdirSync(outputDir, { recursive: true });

  const secrets = tools ? await runSecretsBench(tools) : undefined;
  const pipeline = isRunning('pipeline') ? await runPipeline() : undefined;
  const deps = isRunning('deps') ? await runDeps() : undefined;
  const image = isRunning('image') ? await runImage() : undefined;
  const iac = isRunning('iac') ? await runIac() : undefined;
  log();
  log(renderTargets([...(secrets?.targets ?? []), ...(pipeline?.targets ?? []), ...(deps?.targets ?? []), ...(image?.targets ?? []), ...(iac?.checks ?? [])]));
  if (secrets && options['cpu-prof']) await profileRampart(secrets.manifest);
  if (secrets && options['rule-costs']) {
    log();
    log('secret rule costs on the full corpus (keyword prefilter as rampart applies it, then the bare regex):');
    log(renderRuleCosts(measureRuleCosts(secrets.manifest.treeDir, secretRules), secrets.manifest.bytes));
  }

  const { manifest, ...secretsSummary } = secrets ?? {};
  const corpus = manifest && { files: manifest.files, bytes: manifest.bytes };
  writeFileSync(join(outputDir, 'results.json'), `${JSON.stringify({ machine: describeMachine(), runs, corpus, ...secretsSummary, pipeline, deps, image, iac }, null, 2)}\n`);
  log();
  log(`results written to ${join(outputDir, 'results.json')}`);
  if (!secrets) return 0;
  return secrets.selfCheck.isPassing && (secrets.history?.selfCheck?.isPassing ?? true) ? 0 : 1;
}

interface SecretsBenchResult {
  manifest: CorpusManifest;
  results: ToolResult[];
  history: HistoryResult | undefined;
  targets: TargetCheck[];
  selfCheck: SelfCheck<PlantedSecret>;
}

/** The secrets scan against ripgrep and secretlint on the generated corpus, then the git history part. */
async function runSecretsBench(tools: ToolPaths): Promise<SecretsBenchResult> {
  const { manifest, isReused } = ensureCorpus({ corpusDir, toolsNodeModules: tools.nodeModules, toolsLockFile: tools.lockFile });
  log(describeCorpus(manifest, isReused));

  const rampartFull = await runRampart(manifest, manifest.treeDir, manifest.bytes, 'full corpus');
  const rampartHalf = await runRampart(manifest, join(manifest.treeDir, manifest.parts[0]!.dir), manifest.parts[0]!.bytes, 'half corpus (part-1)');
  const selfCheck = runSelfCheck(manifest);
  const rg = await runRipgrep(manifest, 'default');
  const rgAscii = await runRipgrep(manifest, 'ascii');
  const secretlint = await runSecretlint(manifest, tools);
  const results = [rampartFull, rampartHalf, rg, rgAscii, secretlint];

  log();
  log(`Directory scan, best of ${runs} runs (MB = 10^6 bytes; peak RSS is the highest of any run):`);
  log(renderToolResults(results));
  const history = options['no-history'] ? undefined : await runHistory();
  const targets = checkTargets({ full: rampartFull, half: rampartHalf, rg, rgAscii, secretlint }, history);
  return { manifest, results, history, targets, selfCheck };
}

function runPipeline(): Promise<PipelineBenchResult> {
  const copies = Math.max(1, Number(options['pipeline-copies']) || 20);
  return runPipelineBench({ repoRoot, benchDir, corpusDir, outputDir, runs, copies, isProfiled: options['cpu-prof'], log });
}

function runDeps(): Promise<DepsBenchResult> {
  const packages = Math.max(1, Number(options['deps-packages']) || 3200);
  return runDepsBench({ repoRoot, benchDir, corpusDir, outputDir, runs, packages, log });
}

/**
 * Needs root and debootstrap (and the Debian mirror on the first run of a day) to build the image.
 * In a full bench run a machine without them still gets the other parts' results.
 */
async function runImage(): Promise<ImageBenchResult | undefined> {
  try {
    return await runImageBench({ repoRoot, benchDir, corpusDir, outputDir, runs, log });
  } catch (error) {
    if (only === 'image') throw error;
    log(`IMAGE PART NOT RUN: ${(error as Error).message.split('\n')[0]} (run npm run bench -- --only image to see the whole error)`);
    return undefined;
  }
}

function runIac(): Promise<IacBenchResult> {
  const stacks = Math.max(1, Number(options['iac-stacks']) || 100);
  return runIacBench({ repoRoot, benchDir, corpusDir, outputDir, runs, stacks, isProfiled: options['cpu-prof'], log });
}

function describeMachine(): string {
  const memoryGiB = (totalmem() / 2 ** 30).toFixed(0);
  return `${availableParallelism()} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), ${memoryGiB} GiB RAM, node ${process.version}`;
}

function describeCorpus(manifest: CorpusManifest, isReused: boolean): string {
  const mb = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;
  return [
    `corpus ${isReused ? 'reused' : 'generated'} at ${manifest.treeDir}:`,
    `  ${mb(manifest.bytes)} in ${manifest.files} files — ${manifest.vendorPackages} npm packages (${mb(manifest.vendorBytes)} of JS/TS/JSON/MD/YAML) + ${manifest.generatedFiles} generated config files (${mb(manifest.generatedBytes)})`,
    `  ${manifest.planted.length} planted fake secrets; halves: ${manifest.parts.map((part) => `${part.dir} ${mb(part.bytes)}`).join(', ')}`,
  ].join('\n');
}

async function runRampart(manifest: CorpusManifest, root: string, bytes: number, scope: string): Promise<ToolResult> {
  log(`rampart on ${scope}…`);
  const measurement = await measureBestOf(runs, rampartScanSpec(repoRoot, root));
  assertSucceeded('rampart', measurement.exitCode, measurement.stderr);
  return { label: 'rampart', scope, bytes, measurement };
}

/** One more rampart run, untimed, that keeps its report to prove the planted secrets were found. */
function runSelfCheck(manifest: CorpusManifest): SelfCheck<PlantedSecret> {
  const reportPath = join(outputDir, 'rampart-report.json');
  const spec = rampartScanSpec(repoRoot, manifest.treeDir, reportPath);
  execFileSync(spec.command, spec.args, { cwd: spec.cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  const report = readRampartReport(reportPath);
  const check = checkPlantedSecrets(manifest.planted, report, ruleIds);
  log(`self-check: rampart reported ${report.findings.length} findings; planted secrets found at their path and line:`);
  logSelfCheck(check, (secret) => `${secret.kind} at ${secret.path}:${secret.line}`);
  return check;
}

function logSelfCheck<T>(check: SelfCheck<T>, describe: (secret: T) => string): void {
  log(
    renderTable(
      ['kind', 'planted', 'found', 'rampart rule'],
      check.kinds.filter((kind) => kind.planted > 0).map((kind) => [kind.kind, String(kind.planted), String(kind.found), kind.isCovered ? 'yes' : 'none yet']),
    ),
  );
  if (check.isPassing) return;
  log(`SELF-CHECK FAILED: ${check.missed.length} planted secret(s) of kinds rampart has rules for were not reported, e.g.`);
  for (const secret of check.missed.slice(0, 5)) log(`  ${describe(secret)}`);
}

async function runRipgrep(manifest: CorpusManifest, variant: RipgrepVariant): Promise<ToolResult> {
  log(`ripgrep (${ripgrepPatternCount} patterns, ${variant} flags) on full corpus…`);
  const countsPath = join(outputDir, `rg-counts-${variant}.txt`);
  const measurement = await measureBestOf(runs, ripgrepSpec(manifest.treeDir, countsPath, variant));
  // rg exits 1 when nothing matched, which is still a successful run.
  assertSucceeded('rg', measurement.exitCode === 1 ? 0 : measurement.exitCode, measurement.stderr);
  return { label: `rg ${variant}`, scope: 'full corpus', bytes: manifest.bytes, measurement, findings: readRipgrepMatchCount(countsPath) };
}

/** The whole corpus when secretlint can finish it in time; otherwise the fixed sample, extrapolated by throughput. */
async function runSecretlint(manifest: CorpusManifest, tools: ToolPaths): Promise<ToolResult> {
  const outputPath = join(outputDir, 'secretlint.txt');
  log('secretlint (recommended preset) on full corpus…');
  const full = await measureBestOf(runs, secretlintSpec(tools, [manifest.treeDir], outputPath, secretlintFullTimeoutMs));
  if (!full.isTimedOut) {
    assertSucceeded('secretlint', full.exitCode === 1 ? 0 : full.exitCode, full.stderr);
    return { label: 'secretlint', scope: 'full corpus', bytes: manifest.bytes, measurement: full, findings: readSecretlintFindingCount(outputPath) };
  }
  log(`secretlint did not finish the full corpus in ${secretlintFullTimeoutMs / 1000} s; measuring the fixed ${(manifest.sample.bytes / 1e6).toFixed(0)} MB sample and extrapolating MB/s`);
  const sampleDirs = manifest.sample.dirs.map((dir) => join(manifest.treeDir, dir));
  const sample = await measureBestOf(runs, secretlintSpec(tools, sampleDirs, outputPath, secretlintFullTimeoutMs));
  assertSucceeded('secretlint', sample.exitCode === 1 ? 0 : sample.exitCode, sample.stderr);
  return { label: 'secretlint', scope: 'sample, MB/s extrapolated', bytes: manifest.sample.bytes, measurement: sample, findings: readSecretlintFindingCount(outputPath) };
}

interface HistoryResult {
  commits: number;
  gitLogMs: number;
  rampartMs?: number;
  rampartPeakRssBytes?: number;
  rampartFindings?: number;
  selfCheck?: SelfCheck<HistoryPlant>;
  unavailable?: string;
}

async function runHistory(): Promise<HistoryResult> {
  const { repo, isReused } = ensureHistoryRepo(corpusDir);
  log();
  log(`history repo ${isReused ? 'reused' : 'generated'}: ${repo.commits} commits on ${repo.branches} branches, ${repo.planted.length} planted secrets, ${(repo.streamBytes / 1e6).toFixed(1)} MB of file versions`);
  const gitLog = await measureBestOf(runs, gitLogSpec(repo.path));
  assertSucceeded('git log', gitLog.exitCode, gitLog.stderr);
  const result: HistoryResult = { commits: repo.commits, gitLogMs: gitLog.wallMs };
  // Every run keeps its report (the history self-check reads it); writing a small JSON file costs nothing measurable.
  const reportPath = join(outputDir, 'rampart-git-report.json');
  const first = await measureCommand(rampartGitSpec(repoRoot, repo.path, reportPath));
  if (first.exitCode !== 0 && /not available in this build/.test(first.stderr)) {
    result.unavailable = 'rampart scan --git is not available in this build (the git history source has not landed yet)';
    log(renderTable(['history', 'wall s'], [['git log -p --all', (gitLog.wallMs / 1000).toFixed(2)], ['rampart scan --git', 'not available in this build']]));
    return result;
  }
  assertSucceeded('rampart scan --git', first.exitCode, first.stderr);
  const rest = runs > 1 ? await measureBestOf(runs - 1, rampartGitSpec(repoRoot, repo.path, reportPath)) : first;
  const best = rest.wallMs < first.wallMs ? rest : first;
  const report = readRampartReport(reportPath);
  Object.assign(result, { rampartMs: best.wallMs, rampartPeakRssBytes: Math.max(first.peakRssBytes, rest.peakRssBytes), rampartFindings: report.findings.length });
  log(
    renderTable(
      ['history', 'wall s', 'peak RSS MB', 'findings'],
      [
        ['git log -p --all', (gitLog.wallMs / 1000).toFixed(2), (gitLog.peakRssBytes / 1e6).toFixed(0), ''],
        ['rampart scan --git', (best.wallMs / 1000).toFixed(2), (result.rampartPeakRssBytes! / 1e6).toFixed(0), String(report.findings.length)],
      ],
    ),
  );
  result.selfCheck = checkHistoryPlants(repo.planted, report, ruleIds);
  log('history self-check: planted secrets found in the commit and file that added them:');
  logSelfCheck(result.selfCheck, (secret) => `${secret.kind} in ${secret.path} at commit ${secret.commit.slice(0, 10)} (#${secret.commitNumber})`);
  return result;
}

interface DirectoryResults {
  full: ToolResult;
  half: ToolResult;
  rg: ToolResult;
  rgAscii: ToolResult;
  secretlint: ToolResult;
}

function checkTargets({ full, half, rg, rgAscii, secretlint }: DirectoryResults, history: HistoryResult | undefined): TargetCheck[] {
  const rampartSpeed = throughputMbPerSecond(full);
  const overSecretlint = rampartSpeed / throughputMbPerSecond(secretlint);
  const rgOverRampart = throughputMbPerSecond(rg) / rampartSpeed;
  const rgAsciiOverRampart = throughputMbPerSecond(rgAscii) / rampartSpeed;
  const growth = peakMegabytes(full) / peakMegabytes(half);
  const historyRatio = history?.rampartMs === undefined ? undefined : history.rampartMs / history.gitLogMs;
  return [
    { name: 'throughput ≥ 30× secretlint', actual: `${overSecretlint.toFixed(1)}× (rampart/secretlint)`, isMet: overSecretlint >= 30 },
    { name: 'within 4× of rg (default flags)', actual: `${rgOverRampart.toFixed(2)}× (rg/rampart)`, isMet: rgOverRampart <= 4 },
    { name: 'within 4× of rg (--no-unicode)', actual: `${rgAsciiOverRampart.toFixed(2)}× (rg/rampart)`, isMet: rgAsciiOverRampart <= 4 },
    { name: 'peak memory < 400 MB', actual: `${peakMegabytes(full).toFixed(0)} MB`, isMet: peakMegabytes(full) < 400 },
    { name: 'memory flat in corpus size', actual: `full ${peakMegabytes(full).toFixed(0)} MB vs half ${peakMegabytes(half).toFixed(0)} MB (${growth.toFixed(2)}×)`, isMet: growth <= memoryGrowthAllowance },
    { name: 'git history ≤ 2× git log -p', actual: historyRatio === undefined ? history?.unavailable ? 'rampart --git not available' : 'skipped' : `${historyRatio.toFixed(2)}× (rampart/git log)`, isMet: historyRatio === undefined ? undefined : historyRatio <= 2 },
  ];
}

/** One extra rampart run under the V8 profiler, summarised by self time, to show where the time goes. */
async function profileRampart(manifest: CorpusManifest): Promise<void> {
  const profileDir = join(outputDir, 'cpu-profile');
  rmSync(profileDir, { recursive: true, force: true });
  const spec = rampartScanSpec(repoRoot, manifest.treeDir);
  execFileSync(spec.command, ['--cpu-prof', '--cpu-prof-dir', profileDir, ...spec.args], { cwd: spec.cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  const profiles = readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile'));
  if (profiles.length === 0) return;
  log();
  log(`rampart CPU profile (full corpus), top functions by self time over all threads — files in ${profileDir}:`);
  log(summarizeCpuProfiles(profiles.map((name) => join(profileDir, name))));
}

function assertSucceeded(tool: string, exitCode: number | null, stderr: string): void {
  if (exitCode === 0) return;
  throw new Error(`${tool} exited with ${exitCode}:\n${stderr.slice(0, 2000)}`);
}

process.exitCode = await main();
