import { effectiveCommand, operands, type ShellCommand } from './shell-commands.ts';

/**
 * Package-manager invocations in shell commands (`apt-get install`, `apk add`, `pip install`,
 * `npm install`): which subcommand runs, with which options and package operands. Option values
 * (`-t bookworm-backports`, `--virtual .deps`, `-i https://…`) are not mistaken for packages.
 */
export interface PackageCommand {
  /** Program as run: `apt-get`, `apt`, `apk`, `pip3`, `npm`… */
  program: string;
  subcommand: string;
  /** Every argument after the program. */
  args: string[];
  /** Operands after the subcommand: the packages, requirement files or paths. */
  packages: string[];
}

const aptOptionsWithValue: ReadonlySet<string> = new Set(['-o', '--option', '-t', '--target-release', '--default-release', '-c', '--config-file']);
const apkOptionsWithValue: ReadonlySet<string> = new Set(['-X', '--repository', '-t', '--virtual', '-p', '--root', '--keys-dir', '--repositories-file', '--cache-dir', '--arch']);
const pipOptionsWithValue: ReadonlySet<string> = new Set([
  '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-t', '--target', '--platform', '--python-version', '--implementation', '--abi', '--root',
  '--prefix', '-b', '--build', '--src', '--upgrade-strategy', '--install-option', '--global-option', '-i', '--index-url', '--extra-index-url', '-f', '--find-links',
  '--trusted-host', '--cache-dir', '--log', '--proxy', '--retries', '--timeout', '--exists-action', '--cert', '--client-cert', '--progress-bar', '-C', '--config-settings', '--report',
]);
const npmOptionsWithValue: ReadonlySet<string> = new Set(['--prefix', '--registry', '--cache', '--userconfig', '-w', '--workspace', '--omit', '--include', '--tag', '--loglevel']);

/** `apt-get <subcommand> …` (and `apt …` when asked). */
export function aptCommand(command: ShellCommand, programs: readonly string[] = ['apt-get']): PackageCommand | undefined {
  return packageCommand(command, (name) => programs.includes(name), aptOptionsWithValue);
}

export function apkCommand(command: ShellCommand): PackageCommand | undefined {
  return packageCommand(command, (name) => name === 'apk', apkOptionsWithValue);
}

/** `pip`, `pip3`, `pip3.12` and `python -m pip`. */
export function pipCommand(command: ShellCommand): PackageCommand | undefined {
  const run = effectiveCommand(command);
  if (!run) return undefined;
  // `python`, `python3`, `python3.12` running the pip module.
  if (/^python(?:\d+(?:\.\d+)?)?$/.test(run.name) && run.args[0] === '-m' && /^pip\d*(?:\.\d+)?$/.test(run.args[1] ?? '')) {
    return fromArgs(run.args[1]!, run.args.slice(2), pipOptionsWithValue);
  }
  // `pip`, `pip3`, `pip3.12`.
  return /^pip\d*(?:\.\d+)?$/.test(run.name) ? fromArgs(run.name, run.args, pipOptionsWithValue) : undefined;
}

export function npmCommand(command: ShellCommand): PackageCommand | undefined {
  return packageCommand(command, (name) => name === 'npm', npmOptionsWithValue);
}

function packageCommand(command: ShellCommand, isProgram: (name: string) => boolean, optionsWithValue: ReadonlySet<string>): PackageCommand | undefined {
  const run = effectiveCommand(command);
  return run && isProgram(run.name) ? fromArgs(run.name, run.args, optionsWithValue) : undefined;
}

function fromArgs(program: string, args: string[], optionsWithValue: ReadonlySet<string>): PackageCommand | undefined {
  const [subcommand, ...packages] = operands(args, optionsWithValue);
  return subcommand === undefined ? undefined : { program, subcommand, args, packages };
}
