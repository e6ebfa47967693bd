import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, resolve } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../core/config.ts';
import { RampartError } from '../../core/errors.ts';
import { runScan } from '../../core/run-scan.ts';
import { planFixes, type FixPlan, type FixReport, type FixStatus } from '../../fix/plan-fixes.ts';
import { unifiedDiff } from '../../fix/unified-diff.ts';
import { writeFileAtomic } from '../../fix/write-file-atomic.ts';
import { scannerFactories, scannerNames } from '../../scanners/index.ts';
import { createDirectorySource } from '../../sources/directory.ts';
import { createRemoteRefResolver, defaultGitBaseUrl, parseGitBaseUrl } from '../../sources/git-remote-refs.ts';
import type { CliIo } from '../io.ts';
import type { ExitCode } from '../run.ts';

const defaultMaxFileBytes = 10 * 1024 * 1024;
/** The scanners whose findings carry fixes today. */
const defaultFixScanners = ['pipeline'];

interface FixOptions {
  write?: boolean;
  diff?: boolean;
  scanners?: string;
  config?: string;
  only?: string;
  unsafe?: boolean;
  offline?: boolean;
  gitBaseUrl?: string;
  quiet?: boolean;
}

export function registerFixCommand(program: Command, io: CliIo, setExitCode: (code: ExitCode) => void): void {
  program
    .command('fix')
    .description('Apply the fixes that findings carry (dry run unless --write)')
    .argument('[path]', 'directory to fix', '.')
    .option('--write', 'apply the fixes to the files (default: only list them)')
    .option('--diff', 'print the changes as a unified diff')
    .option('--scanners <list>', `comma-separated scanners whose findings to fix: ${scannerNames.join(', ')} (default: ${defaultFixScanners.join(', ')})`)
    .option('-c, --config <file>', 'config file (default: rampart.yaml or .rampart.yaml in the directory)')
    .option('--only <rules>', 'comma-separated rule ids (or equivalent ids) whose fixes to apply')
    .option('--unsafe', 'also apply fixes marked unsafe (they may change behaviour; review them)')
    .option('--offline', 'never use the network: fixes that need a lookup (pinning uses: to a SHA) are reported, not applied')
    .option('--git-base-url <url>', `where action repositories are looked up with git ls-remote (default: RAMPART_GIT_BASE_URL or ${defaultGitBaseUrl})`)
    .option('-q, --quiet', 'print only the diff (with --diff) and errors')
    .addHelpText(
      'after',
      `
Examples:
  $ rampart fix                                  list what would change
  $ rampart fix --diff                           show it as a unified diff (exit 1 if anything would change)
  $ rampart fix --write                          apply the safe fixes
  $ rampart fix --write --only unpinned-action-ref
  $ rampart fix --write --unsafe                 also move expressions out of run: scripts
  $ rampart fix --offline --write                no network: pins that need a lookup are skipped
  $ rampart fix --git-base-url https://ghe.example.com/ --write

Exit codes: 0 nothing to fix or every fix applied, 1 fixes pending (dry run) or some could not be applied, 2 usage or config error.`,
    )
    .action(async (path: string, options: FixOptions) => {
      setExitCode(await fixCommand(path, options, io));
    });
}

async function fixCommand(path: string, options: FixOptions, io: CliIo): Promise<ExitCode> {
  const root = resolve(io.cwd, path);
  assertDirectory(root, path);
  const gitBaseUrl = options.gitBaseUrl ?? io.env.RAMPART_GIT_BASE_URL ?? defaultGitBaseUrl;
  // Checked before scanning so a typo fails fast, even offline.
  parseGitBaseUrl(gitBaseUrl);
  const { config, path: configPath, exceptionLines } = loadConfig(root, options.config ? resolve(io.cwd, options.config) : undefined);
  const scanners = await createScanners(options.scanners ?? defaultFixScanners.join(','), config as Record<string, unknown>);
  const source = createDirectorySource({ root, maxFileBytes: config.maxFileBytes ?? defaultMaxFileBytes, exclude: config.exclude ?? [] });
  const result = await runScan({
    target: { kind: 'directory', ref: path },
    files: source.files,
    scanners,
    sourceNotices: source.report,
    exceptions: config.exceptions ?? [],
    exceptionLines,
    ...(configPath ? { configPath } : {}),
    // Hygiene findings are hidden from scan reports by default, but their fixes are wanted; a config setting still applies.
    ...(config.minConfidence ? { minConfidence: config.minConfidence } : {}),
    today: io.now().toISOString().slice(0, 10),
  });
  const withBom = new Set<string>();
  const plan = await planFixes({
    findings: result.findings,
    ...(options.only ? { onlyRules: parseList(options.only, '--only') } : {}),
    includeUnsafe: options.unsafe ?? false,
    resolver: options.offline ? undefined : createRemoteRefResolver({ baseUrl: gitBaseUrl, env: io.env }),
    readText: (file) => readUtf8(diskPathOf(root, file), file, withBom),
  });
  // Written before anything is reported, so "fixed" is never printed for a file that could not be written.
  if (options.write) writeFiles(plan, root, withBom);
  if (options.diff) for (const file of plan.files) io.stdout.write(unifiedDiff(file.path, file.before, file.after));
  if (!options.quiet) (options.diff ? io.stderr : io.stdout).write(describePlan(plan, options.write ?? false));
  for (const error of result.errors) io.stderr.write(`rampart: ${error.path}${error.line ? `:${error.line}` : ''}  ${error.code}  ${error.message}\n`);
  return exitCodeOf(plan, options.write ?? false);
}

function assertDirectory(root: string, given: string): void {
  let isDirectory = false;
  try {
    isDirectory = statSync(root).isDirectory();
  } catch {
    throw new RampartError('RAMPART_E_TARGET', `fix target "${given}" does not exist`, { hint: 'pass the repository directory' });
  }
  if (!isDirectory) throw new RampartError('RAMPART_E_TARGET', `fix target "${given}" is not a directory`, { hint: 'pass the repository directory; --only narrows the rules' });
}

async function createScanners(list: string, config: Record<string, unknown>) {
  const requested = [...parseList(list, '--scanners')];
  const unknown = requested.find((name) => !scannerNames.includes(name));
  if (unknown) throw new RampartError('RAMPART_E_USAGE', `unknown scanner "${unknown}" in --scanners`, { hint: `available: ${scannerNames.join(', ')}` });
  const factories = scannerFactories.filter((factory) => requested.includes(factory.name));
  return Promise.all(factories.map((factory) => factory.create(config[factory.name] ?? {})));
}

function parseList(value: string, flag: string): Set<string> {
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  if (items.length === 0) throw new RampartError('RAMPART_E_USAGE', `${flag} needs at least one name`, { hint: `for example ${flag} ${flag === '--only' ? 'unpinned-action-ref' : 'pipeline'}` });
  return new Set(items);
}

/** Finding paths are relative to the root; refuse anything that would leave it. */
function diskPathOf(root: string, path: string): string {
  const relativePath = normalize(path);
  if (isAbsolute(relativePath) || relativePath.startsWith('..')) throw new Error(`${path} is outside ${root}`);
  return join(root, relativePath);
}

/** Fixes must not mangle bytes: files that are not valid UTF-8 are left alone; a byte order mark is kept. */
function readUtf8(diskPath: string, path: string, withBom: Set<string>): string {
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(diskPath));
  if (!text.startsWith('\uFEFF')) return text;
  withBom.add(path);
  return text.slice(1);
}

function writeFiles(plan: FixPlan, root: string, withBom: ReadonlySet<string>): void {
  for (const file of plan.files) {
    try {
      writeFileAtomic(diskPathOf(root, file.path), `${withBom.has(file.path) ? '\uFEFF' : ''}${file.after}`);
    } catch (cause) {
      throw new RampartError('RAMPART_E_OUTPUT', `cannot write ${file.path}: ${(cause as Error).message}`, { file: file.path, hint: 'check that the file and its directory are writable' });
    }
  }
}

const statusText: Record<Exclude<FixStatus, 'applied' | 'unsafe-skipped'>, string> = {
  conflict: 'skipped, conflict',
  'needs-network': 'skipped, needs network',
  'ref-not-found': 'skipped, unknown ref',
  'lookup-failed': 'skipped, lookup failed',
  'breaks-yaml': 'skipped, would break the YAML',
  stale: 'skipped',
};

function describePlan(plan: FixPlan, isWrite: boolean): string {
  const listed = plan.fixes.filter((fix) => fix.status !== 'unsafe-skipped');
  const lines = listed.map((fix) => describeFix(fix, isWrite));
  const applied = listed.filter((fix) => fix.status === 'applied').length;
  const failed = listed.length - applied;
  const unsafe = plan.fixes.length - listed.length;
  const files = plan.files.length;
  const unsafeNote = `${unsafe} unsafe fix${unsafe === 1 ? '' : 'es'} not selected (--unsafe)`;
  if (applied === 0 && failed === 0) return `rampart: nothing to fix${unsafe > 0 ? `; ${unsafeNote}` : ''}\n`;
  const head = isWrite ? `applied ${applied} fix${applied === 1 ? '' : 'es'} to ${files} file${files === 1 ? '' : 's'}` : `${applied} fix${applied === 1 ? '' : 'es'} would change ${files} file${files === 1 ? '' : 's'}`;
  const parts = [head, ...(failed > 0 ? [`${failed} could not be applied`] : []), ...(unsafe > 0 ? [unsafeNote] : [])];
  const hint = !isWrite && applied > 0 ? '; run with --write to apply' : '';
  return `${lines.map((line) => `${line}\n`).join('')}rampart: ${parts.join(', ')}${hint}\n`;
}

function describeFix(fix: FixReport, isWrite: boolean): string {
  const where = `${fix.path}:${fix.line}`;
  const rules = fix.ruleIds.join(',');
  const unsafe = fix.safety === 'unsafe' ? ' [unsafe]' : '';
  if (fix.status === 'applied') return `${where}  ${rules}  ${isWrite ? 'fixed' : 'would fix'}: ${fix.title}${unsafe}${fix.message ? ` (${fix.message})` : ''}`;
  const status = statusText[fix.status as keyof typeof statusText];
  return `${where}  ${rules}  ${status}: ${fix.title}${unsafe}${fix.message ? ` (${fix.message})` : ''}`;
}

/** Dry run: 1 when anything would change or cannot be fixed. --write: 1 only when a selected fix could not be applied. */
function exitCodeOf(plan: FixPlan, isWrite: boolean): ExitCode {
  const selected = plan.fixes.filter((fix) => fix.status !== 'unsafe-skipped');
  if (selected.some((fix) => fix.status !== 'applied')) return 1;
  if (!isWrite && plan.files.length > 0) return 1;
  return 0;
}
