import { Command, CommanderError } from 'commander';
import { RampartError } from '../core/errors.ts';
import type { CliIo } from './io.ts';
import { toolVersion } from './version.ts';

export type ExitCode = 0 | 1 | 2 | 3;

/** The whole CLI as a function: argv in, exit code out. Only main.ts touches `process`. */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout.write(`${toolVersion()}\n`);
    return 0;
  }
  let exitCode: ExitCode = 0;
  const program = new Command('rampart')
    .description('CI/CD security toolkit: find leaked secrets and pipeline risks, offline.')
    .version(toolVersion(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  $ rampart scan                       scan the current directory for secrets
  $ rampart scan --git .               scan every commit of the repository
  $ rampart scan --staged              pre-commit: scan only staged changes
  $ rampart scan --format sarif -o rampart.sarif
  $ rampart fix --write                pin actions and apply other safe fixes

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or config error, 3 internal error.`,
    );
  const { registerScanCommand } = await import('./commands/scan.ts');
  registerScanCommand(program, io, (code) => {
    exitCode = code;
  });
  const { registerImageCommand } = await import('./commands/image.ts');
  registerImageCommand(program, io, (code) => {
    exitCode = code;
  });
  const { registerFixCommand } = await import('./commands/fix.ts');
  registerFixCommand(program, io, (code) => {
    exitCode = code;
  });
  const { registerInventoryCommand } = await import('./commands/inventory.ts');
  registerInventoryCommand(program, io, (code) => {
    exitCode = code;
  });
  const { registerSbomCommand } = await import('./commands/sbom.ts');
  registerSbomCommand(program, io, (code) => {
    exitCode = code;
  });
  const { registerDbCommand } = await import('./commands/db.ts');
  registerDbCommand(program, io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: CliIo): ExitCode {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    return 2;
  }
  if (error instanceof RampartError) {
    io.stderr.write(`rampart: error ${error.code}: ${error.message}\n`);
    if (error.hint) io.stderr.write(`hint: ${error.hint}\n`);
    return error.exitCode as ExitCode;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(`rampart: internal error RAMPART_E_INTERNAL: ${message}\nThis is a bug in rampart; please report it with the command you ran.\n`);
  return 3;
}
