import { statSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { RampartError } from '../../core/errors.ts';
import { renderCycloneDx } from '../../report/cyclonedx.ts';
import type { SbomInput } from '../../report/sbom-components.ts';
import { renderSpdx } from '../../report/spdx.ts';
import type { CliIo } from '../io.ts';
import { collectRegistry } from '../pull-progress.ts';
import type { ExitCode } from '../run.ts';
import { toolVersion } from '../version.ts';
import type { Inventory } from '../../scanners/deps/collect-inventory.ts';
import { readImageInventory } from './image-inventory.ts';
import { maxLockfileBytes, readInventoryTarget } from './inventory.ts';

const formats = ['cyclonedx', 'spdx'] as const;
type SbomFormat = (typeof formats)[number];

const renderers: Readonly<Record<SbomFormat, (input: SbomInput) => string>> = { cyclonedx: renderCycloneDx, spdx: renderSpdx };

interface SbomOptions {
  format?: string;
  output?: string;
  image?: string;
  platform?: string;
  insecureRegistry?: string[];
}

export function registerSbomCommand(program: Command, io: CliIo, setExitCode: (code: ExitCode) => void): void {
  program
    .command('sbom')
    .description('Write a software bill of materials (CycloneDX 1.6 or SPDX 2.3 JSON) from lockfiles and manifests')
    .argument('[path]', 'directory to walk, or one lockfile', '.')
    .option('-f, --format <format>', `SBOM format: ${formats.join(', ')}`, 'cyclonedx')
    .option('-o, --output <file>', 'write the SBOM to a file instead of stdout')
    .option('--image <target>', 'describe a container image instead (docker save or OCI archive, OCI layout directory, or registry reference)')
    .option('--platform <os/arch[/variant]>', 'with --image: which image of a multi-platform index (default: linux/amd64 when there are several)')
    .option('--insecure-registry <host[:port]>', 'with --image: pull from this registry over plain HTTP (repeatable)', collectRegistry)
    .addHelpText(
      'after',
      `
Examples:
  $ rampart sbom                               CycloneDX JSON for the current directory
  $ rampart sbom --format spdx -o sbom.spdx.json
  $ SOURCE_DATE_EPOCH=0 rampart sbom app/      fixed timestamp: identical bytes on every run
  $ rampart sbom --image myapp.tar             OS and language packages of an image

The same lockfiles give the same document: components are sorted and the serial number is derived
from the content. Only the timestamp changes between runs, unless SOURCE_DATE_EPOCH fixes it.

Exit codes: 0 written (files that fail to parse are reported on stderr), 2 usage error or unwritable output.`,
    )
    .action(async (path: string, options: SbomOptions) => {
      setExitCode(await sbomCommand(path, options, io));
    });
}

async function sbomCommand(path: string, options: SbomOptions, io: CliIo): Promise<ExitCode> {
  const format = parseFormat(options.format ?? 'cyclonedx');
  const { inventory, project } = await readSbomSubject(path, options, io);
  const text = renderers[format]({
    packages: inventory.packages,
    project,
    tool: { name: 'rampart', version: toolVersion() },
    timestamp: creationTime(io),
  });
  for (const error of inventory.errors) io.stderr.write(`rampart: ${error.path}${error.line ? `:${error.line}` : ''}  ${error.code}  ${error.message}\n`);
  writeOutput(text, options.output, io);
  return 0;
}

/** The packages and the root component: a directory or lockfile, or with --image a container image named by reference and config digest. */
async function readSbomSubject(path: string, options: SbomOptions, io: CliIo): Promise<{ inventory: Inventory; project: SbomInput['project'] }> {
  if (options.image) {
    const { inventory, image } = await readImageInventory(options.image, { io, platform: options.platform, insecureRegistries: options.insecureRegistry, maxFileBytes: maxLockfileBytes });
    return { inventory, project: { name: image.reference, version: image.configDigest, kind: 'container' } };
  }
  const target = resolve(io.cwd, path);
  return { inventory: await readInventoryTarget(target, path), project: { name: projectName(target) } };
}

function parseFormat(value: string): SbomFormat {
  const found = formats.find((format) => format === value);
  if (!found) throw new RampartError('RAMPART_E_USAGE', `unknown SBOM format "${value}"`, { hint: `use one of: ${formats.join(', ')}` });
  return found;
}

/** The directory's name, or for a single lockfile the name of the directory holding it. */
function projectName(target: string): string {
  const directory = statSync(target).isFile() ? dirname(target) : target;
  return basename(directory) || 'project';
}

/** SOURCE_DATE_EPOCH is the reproducible-builds convention for pinning generated timestamps. */
function creationTime(io: CliIo): Date {
  const epoch = io.env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return io.now();
  // Whole seconds since 1970, as the convention defines it.
  if (!/^\d+$/.test(epoch)) throw new RampartError('RAMPART_E_USAGE', `SOURCE_DATE_EPOCH "${epoch}" is not a number of seconds`, { hint: 'unset it, or set it to an integer such as 1700000000' });
  return new Date(Number(epoch) * 1000);
}

function writeOutput(text: string, output: string | undefined, io: CliIo): void {
  if (!output) {
    io.stdout.write(text);
    return;
  }
  try {
    writeFileSync(resolve(io.cwd, output), text);
  } catch (cause) {
    throw new RampartError('RAMPART_E_OUTPUT', `cannot write SBOM to ${output}: ${(cause as Error).message}`, { file: output, hint: 'check that the directory exists and is writable' });
  }
}
