import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { readBaseline } from '../../core/baseline.ts';
import { loadConfig, type FailOn } from '../../core/config.ts';
import { RampartError } from '../../core/errors.ts';
import { exceedsFailOn, runScan } from '../../core/run-scan.ts';
import { confidences, severities, type Confidence } from '../../core/severity.ts';
import { reportFormats } from '../../report/index.ts';
import { defaultImageLimits, type ImageLimits } from '../../sources/image/image-limits.ts';
import { combinedBinaryClaims } from '../../core/scanner.ts';
import { scannerNames } from '../../scanners/index.ts';
import { isDeclaredPackageFile, skippedLockfilesMessage } from '../../scanners/deps/collect-inventory.ts';
import type { SourceFile } from '../../core/source-file.ts';
import type { ScanError, ScanNotice } from '../../core/finding.ts';
import type { CliIo } from '../io.ts';
import { createProgress } from '../progress.ts';
import { collectRegistry, createPullProgress } from '../pull-progress.ts';
import type { ExitCode } from '../run.ts';
import { createScanners, scannerConfigFor, summarize, writeReport, type ScanOptions } from './scan.ts';

const failOnValues = [...severities, 'never'];
type SourceReport = { notices: ScanNotice[]; errors: ScanError[]; skipped: number };
/** Scanners that make sense inside an image: leaked secrets in any layer, packages, and the image's own configuration. */
const defaultImageScanners = 'secrets,deps,image';
const defaultMaxFileBytes = 10 * 1024 * 1024;

interface ImageOptions {
  scanners?: string;
  format: string;
  output?: string;
  failOn?: string;
  minConfidence?: string;
  config?: string;
  baseline?: string;
  quiet?: boolean;
  color: boolean;
  showSecrets?: boolean;
  platform?: string;
  db?: string;
  ignoreUnfixed?: boolean;
  maxFileBytes?: string;
  maxImageBytes?: string;
  insecureRegistry?: string[];
}

export function registerImageCommand(program: Command, io: CliIo, setExitCode: (code: ExitCode) => void): void {
  program
    .command('image')
    .description('Scan a container image: every layer for secrets (deleted files too), its packages for known vulnerabilities')
    .argument('<target>', 'a `docker save` or OCI archive tarball, an OCI image layout directory, or a registry reference (host[:port]/repo[:tag][@sha256:…]; an existing path wins)')
    .option('--scanners <list>', `comma-separated scanners to run: ${scannerNames.join(', ')} (default: ${defaultImageScanners})`)
    .addOption(new Option('-f, --format <format>', 'report format').choices(reportFormats).default('table'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity (default: high)').choices(failOnValues))
    .addOption(new Option('--min-confidence <level>', 'report only findings at least this sure (default: medium)').choices(confidences))
    .option('--platform <os/arch[/variant]>', 'which image of a multi-platform index to scan (default: linux/amd64 when there are several)')
    .option('--insecure-registry <host[:port]>', 'pull from this registry over plain HTTP (repeatable; every other registry is HTTPS only)', collectRegistry)
    .option('-c, --config <file>', 'config file (default: rampart.yaml or .rampart.yaml in the working directory)')
    .option('--baseline <file>', 'ignore findings recorded in this baseline')
    .option('--db <path>', 'vulnerability database for the deps scanner (default: the one `rampart db` maintains)')
    .option('--ignore-unfixed', 'leave out advisories with no released fix for the installed version (unfixed, will not fix, end of life)')
    .option('--max-file-bytes <bytes>', `skip files in layers larger than this (default ${defaultMaxFileBytes})`)
    .option('--max-image-bytes <bytes>', `refuse images whose layers decompress to more than this (default ${defaultImageLimits.maxUncompressedBytes})`)
    .option('-q, --quiet', 'no progress or summary on stderr')
    .option('--no-color', 'disable colour (NO_COLOR is honoured too)')
    .option('--show-secrets', 'print secrets in full in the report (never do this in CI logs)')
    .addHelpText(
      'after',
      `
Examples:
  $ docker save myapp:1.2 -o myapp.tar && rampart image myapp.tar
  $ skopeo copy docker://alpine:3.20 oci:alpine-oci && rampart image alpine-oci --platform linux/arm64
  $ rampart image myapp.tar --format sarif -o image.sarif
  $ rampart image registry.example.com/team/app:1.2
  $ rampart image alpine:3.20 --platform linux/arm64
  $ rampart image 127.0.0.1:5000/app:dev --insecure-registry 127.0.0.1:5000`,
    )
    .action(async (target: string, options: ImageOptions) => {
      setExitCode(await imageCommand(target, options, io));
    });
}

async function imageCommand(target: string, options: ImageOptions, io: CliIo): Promise<ExitCode> {
  const { openImageTarget } = await import('../../sources/image/registry/open-image-target.ts');
  const { createImageSource } = await import('../../sources/image/image-source.ts');
  const { config, path: configPath, exceptionLines } = loadConfig(io.cwd, options.config ? resolve(io.cwd, options.config) : undefined);
  const failOn = (options.failOn ?? config.failOn ?? 'high') as FailOn;
  const minConfidence = (options.minConfidence ?? config.minConfidence ?? 'medium') as Confidence;
  const scanOptions: ScanOptions = { format: options.format, color: options.color, gitignore: true, vex: [], ...(options.output ? { output: options.output } : {}), ...(options.db ? { db: options.db } : {}), ...(options.ignoreUnfixed ? { ignoreUnfixed: true } : {}) };
  const baseConfig = scannerConfigFor(config, scanOptions, io);
  // An image is judged by what is installed in it: the deps scanner leaves lockfiles to the notice below.
  const scannerConfig = (name: string) => (name === 'deps' ? { ...(baseConfig(name) as object), installedOnly: true } : baseConfig(name));
  const scanners = await createScanners(options.scanners ?? defaultImageScanners, config, scannerConfig);
  const limits: ImageLimits = { ...defaultImageLimits, maxUncompressedBytes: positiveInteger(options.maxImageBytes, '--max-image-bytes') ?? defaultImageLimits.maxUncompressedBytes };
  const maxFileBytes = positiveInteger(options.maxFileBytes, '--max-file-bytes') ?? config.maxFileBytes ?? defaultMaxFileBytes;
  const pullProgress = createPullProgress(io.stderr, io.env, options.quiet === true);
  const image = await openImageTarget(target, {
    cwd: io.cwd,
    env: io.env,
    limits,
    platform: options.platform,
    insecureRegistries: options.insecureRegistry,
    onNote: (note) => void (options.quiet ? undefined : io.stderr.write(`rampart: note: ${note}\n`)),
    onProgress: pullProgress.update,
  }).finally(() => pullProgress.done());
  try {
    const binaryClaims = combinedBinaryClaims(scanners);
    // Lockfiles of the final filesystem the deps scanner did not read, for one notice; other scanners still read them.
    const skippedLockfiles: string[] | undefined = scanners.some((scanner) => scanner.name === 'deps') ? [] : undefined;
    const source = createImageSource({ ...image, reference: target }, { maxFileBytes, limits, ...(binaryClaims ? { binaryClaims } : {}), ...(config.maxBinaryFileBytes ? { maxBinaryFileBytes: config.maxBinaryFileBytes } : {}) });
    const progress = options.quiet ? undefined : createProgress(io.stderr, io.env);
    const result = await runScan({
      target: source.target,
      files: countLockfiles(source.files, skippedLockfiles),
      scanners,
      sourceNotices: () => withLockfileNotice(source.report(), skippedLockfiles),
      exceptions: config.exceptions ?? [],
      exceptionLines,
      ...(configPath ? { configPath } : {}),
      ...(options.baseline ? { baseline: readBaseline(resolve(io.cwd, options.baseline)) } : {}),
      showSecrets: options.showSecrets ?? false,
      minConfidence,
      today: io.now().toISOString().slice(0, 10),
      ...(progress ? { onProgress: progress.update } : {}),
    });
    progress?.done();
    const color = options.color && !io.env.NO_COLOR && io.stdout.isTTY === true && !options.output;
    writeReport(result, scanners, scanOptions, failOn, color, io);
    if (!options.quiet && (options.output || options.format !== 'table')) io.stderr.write(summarize(result, failOn));
    return exceedsFailOn(result.findings, failOn) ? 1 : 0;
  } finally {
    image.cleanup();
  }
}

/** Passes every file on, noting the final filesystem's lockfiles and manifests (a deleted one was never installed). */
async function* countLockfiles(files: AsyncIterable<SourceFile>, skipped: string[] | undefined): AsyncGenerator<SourceFile> {
  for await (const file of files) {
    if (skipped && !file.origin?.isShadowed && !file.isDiffFragment && isDeclaredPackageFile(file.path)) skipped.push(file.path);
    yield file;
  }
}

function withLockfileNotice(report: SourceReport, skipped: readonly string[] | undefined): SourceReport {
  if (!skipped || skipped.length === 0) return report;
  return { ...report, notices: [...report.notices, { path: skipped[0]!, code: 'RAMPART_N_INVENTORY', message: skippedLockfilesMessage(skipped) }] };
}

function positiveInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new RampartError('RAMPART_E_USAGE', `${flag} must be a positive integer, got "${value}"`, { hint: `for example ${flag} 52428800` });
  return parsed;
}
