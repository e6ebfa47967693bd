import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { dpkgQuery } from '../../test/image-e2e/debian-rootfs.ts';
import { canIsolateNetwork, ensureCdxgen } from '../deps/install-cdxgen.ts';
import { measureBestOf, type CommandSpec, type Measurement } from '../measure.ts';
import { renderTable, type TargetCheck } from '../results-table.ts';
import { buildBenchImage } from './build-bench-image.ts';

export interface ImageBenchOptions {
  repoRoot: string;
  benchDir: string;
  corpusDir: string;
  outputDir: string;
  runs: number;
  log: (line?: string) => void;
}

export interface ImageStepResult {
  label: string;
  command: string;
  measurement: Measurement;
}

/** One tool's packages of the image, against what dpkg-query and npm say is installed. */
export interface InventoryCounts {
  tool: string;
  /** Binary packages of dpkg's database that the tool lists (name and version equal). */
  dpkgMatched: number;
  /** OS package entries the tool lists beyond those (cdxgen: source packages as components of their own). */
  dpkgExtra: number;
  npmMatched: number;
  /** npm entries beyond the installed tree: lockfile entries npm skipped (other platforms' optional packages), stray package.json files. */
  npmExtra: number;
}

export interface ImageBenchResult {
  imageBytes: number;
  dpkgInstalled: number;
  npmInstalled: number;
  cdxgenVersion: string;
  isCdxgenNetworkIsolated: boolean;
  results: ImageStepResult[];
  inventories: InventoryCounts[];
  targets: TargetCheck[];
}

const speedupTarget = 5;
const memoryTargetBytes = 400e6;

/**
 * The image part of `npm run bench`: rampart and cdxgen each write a CycloneDX SBOM of the same
 * docker-archive (a debootstrapped Debian with a real node_modules tree), timed the same way, and
 * their package lists are held against dpkg-query and npm's own record of what is installed.
 */
export async function runImageBench(options: ImageBenchOptions): Promise<ImageBenchResult> {
  const { log } = options;
  const cdxgen = ensureCdxgen(options.benchDir, log);
  const image = buildBenchImage(options.repoRoot, join(options.corpusDir, 'image'), log);
  const archive = image.dockerArchive;
  const dpkg = dpkgQuery(image.rootfs).map((line) => line.split(' ').slice(0, 2).join(' '));
  log();
  log(`image: ${(image.uncompressedBytes / 1e6).toFixed(0)} MB of layers (docker-archive ${archive}); dpkg-query lists ${dpkg.length} packages, npm installed ${image.npmInstalled.length}`);
  const rampart = join(options.repoRoot, 'bin', 'rampart.js');

  const rampartBom = join(options.outputDir, 'rampart-image-bom.cdx.json');
  log('rampart sbom --image (docker-archive)…');
  const sbomStep = await timeStep(options, 'rampart sbom --image (docker-archive)', { command: process.execPath, args: [rampart, 'sbom', '--image', archive, '-o', rampartBom], cwd: options.repoRoot });
  const inventoryPath = join(options.outputDir, 'rampart-image-inventory.json');
  log('rampart inventory --image (docker-archive)…');
  const inventoryStep = await timeStep(options, 'rampart inventory --image (docker-archive)', { command: process.execPath, args: [rampart, 'inventory', '--image', archive, '-f', 'json'], cwd: options.repoRoot, stdoutPath: inventoryPath });
  log('rampart sbom --image (OCI layout, gzip layers)…');
  const layoutStep = await timeStep(options, 'rampart sbom --image (OCI layout, gzip)', { command: process.execPath, args: [rampart, 'sbom', '--image', image.ociLayout, '-o', join(options.outputDir, 'rampart-image-layout-bom.cdx.json')], cwd: options.repoRoot });

  const cdxgenBom = join(options.outputDir, 'cdxgen-image-bom.cdx.json');
  const isolated = canIsolateNetwork();
  log(`cdxgen ${cdxgen.version} -t docker${isolated ? ' (in an empty network namespace: unshare -n)' : ' (network not isolated: unshare -n is unavailable)'}…`);
  const cdxgenArgs = [cdxgen.script, '-t', 'docker', '--no-install-deps', '--spec-version', '1.6', '-o', cdxgenBom, archive];
  const cdxgenCommand: CommandSpec = isolated ? { command: 'unshare', args: ['-n', 'env', 'FETCH_LICENSE=false', process.execPath, ...cdxgenArgs], cwd: options.outputDir } : { command: 'env', args: ['FETCH_LICENSE=false', process.execPath, ...cdxgenArgs], cwd: options.outputDir };
  rmSync(cdxgenBom, { force: true });
  const cdxgenStep = await timeStep(options, `cdxgen ${cdxgen.version} -t docker`, cdxgenCommand);

  const inventories = [rampartCounts(inventoryPath, dpkg, image.npmInstalled), cdxgenCounts(cdxgenBom, dpkg, image.npmInstalled)];
  const results = [sbomStep, inventoryStep, layoutStep, cdxgenStep];
  log();
  log(`Image (${(image.uncompressedBytes / 1e6).toFixed(0)} MB), best of ${options.runs} runs (whole command, Node start-up included):`);
  log(renderTable(['step', 'wall s', 'CPU s', 'peak RSS MB'], results.map((step) => [step.label, (step.measurement.wallMs / 1000).toFixed(2), (step.measurement.cpuMs / 1000).toFixed(2), (step.measurement.peakRssBytes / 1e6).toFixed(0)])));
  log();
  log(renderTable(
    ['tool', `dpkg (of ${dpkg.length})`, 'other OS entries', `npm installed (of ${image.npmInstalled.length})`, 'other npm entries'],
    inventories.map((counts) => [counts.tool, String(counts.dpkgMatched), String(counts.dpkgExtra), String(counts.npmMatched), String(counts.npmExtra)]),
  ));
  const speedup = cdxgenStep.measurement.wallMs / sbomStep.measurement.wallMs;
  const cpuSpeedup = cdxgenStep.measurement.cpuMs / sbomStep.measurement.cpuMs;
  const peak = Math.max(sbomStep.measurement.peakRssBytes, inventoryStep.measurement.peakRssBytes, layoutStep.measurement.peakRssBytes);
  const [ours, theirs] = inventories as [InventoryCounts, InventoryCounts];
  const targets: TargetCheck[] = [
    { name: `image SBOM ≥ ${speedupTarget}× faster than cdxgen`, actual: `${speedup.toFixed(1)}× (wall), ${cpuSpeedup.toFixed(1)}× (CPU)`, isMet: speedup >= speedupTarget },
    { name: `image peak memory < ${memoryTargetBytes / 1e6} MB`, actual: `${(peak / 1e6).toFixed(0)} MB for a ${(image.uncompressedBytes / 1e6).toFixed(0)} MB image`, isMet: peak < memoryTargetBytes },
    {
      name: 'same dpkg and npm inventory as cdxgen',
      actual: `dpkg ${ours.dpkgMatched}/${dpkg.length} vs ${theirs.dpkgMatched}/${dpkg.length}, npm ${ours.npmMatched}/${image.npmInstalled.length} vs ${theirs.npmMatched}/${image.npmInstalled.length}`,
      isMet: ours.dpkgMatched === dpkg.length && theirs.dpkgMatched === dpkg.length && ours.npmMatched === image.npmInstalled.length && theirs.npmMatched === image.npmInstalled.length,
    },
  ];
  return { imageBytes: image.uncompressedBytes, dpkgInstalled: dpkg.length, npmInstalled: image.npmInstalled.length, cdxgenVersion: cdxgen.version, isCdxgenNetworkIsolated: isolated, results, inventories, targets };
}

async function timeStep(options: ImageBenchOptions, label: string, spec: CommandSpec): Promise<ImageStepResult> {
  const measurement = await measureBestOf(options.runs, { ...spec, timeoutMs: 600_000 });
  if (measurement.exitCode !== 0) throw new Error(`${label} exited with ${measurement.exitCode}:\n${measurement.stderr.slice(0, 2000)}`);
  return { label, command: [spec.command, ...spec.args].join(' '), measurement };
}

interface RampartInventory {
  packages: { ecosystem: string; name: string; version: string; location: { path: string } }[];
}

function rampartCounts(inventoryPath: string, dpkg: readonly string[], npmInstalled: readonly string[]): InventoryCounts {
  const { packages } = JSON.parse(readFileSync(inventoryPath, 'utf8')) as RampartInventory;
  const os = compare(new Set(packages.filter((item) => item.ecosystem === 'Debian').map((item) => `${item.name} ${item.version}`)), dpkg);
  // Installed packages are the node_modules/**/package.json ones; lockfiles add entries npm did not install.
  const npmPackages = packages.filter((item) => item.ecosystem === 'npm');
  const installed = compare(new Set(npmPackages.filter((item) => item.location.path.includes('node_modules/')).map((item) => `${item.name}@${item.version}`)), npmInstalled);
  const all = compare(new Set(npmPackages.map((item) => `${item.name}@${item.version}`)), npmInstalled);
  return { tool: 'rampart', dpkgMatched: os.matched, dpkgExtra: os.extra, npmMatched: installed.matched, npmExtra: all.extra };
}

function cdxgenCounts(bomPath: string, dpkg: readonly string[], npmInstalled: readonly string[]): InventoryCounts {
  const bom = JSON.parse(readFileSync(bomPath, 'utf8')) as { components?: { purl?: string }[] };
  const os = new Set<string>();
  const npm = new Set<string>();
  for (const { purl } of bom.components ?? []) {
    // pkg:deb/debian/<name>@<version>?… or pkg:npm/[%40scope/]<name>@<version>: the type, then the path up to the last @ before any qualifiers.
    const match = /^pkg:(deb|npm)\/([^?#]+)@([^@?#]+)/.exec(purl ?? '');
    if (!match) continue;
    const path = decodeURIComponent(match[2]!);
    const version = decodeURIComponent(match[3]!);
    if (match[1] === 'deb') os.add(`${path.slice(path.indexOf('/') + 1)} ${version}`);
    else npm.add(`${path}@${version}`);
  }
  const osCounts = compare(os, dpkg);
  const npmCounts = compare(npm, npmInstalled);
  return { tool: 'cdxgen', dpkgMatched: osCounts.matched, dpkgExtra: osCounts.extra, npmMatched: npmCounts.matched, npmExtra: npmCounts.extra };
}

function compare(listed: ReadonlySet<string>, expected: readonly string[]): { matched: number; extra: number } {
  const matched = expected.filter((entry) => listed.has(entry)).length;
  return { matched, extra: listed.size - matched };
}
