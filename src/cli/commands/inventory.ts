import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { RampartError } from '../../core/errors.ts';
import { binaryParserFor, binaryParsersForHead, collectInventory, parseBinaryInputs, parseLockfile, textParserFor, type Inventory } from '../../scanners/deps/collect-inventory.ts';
import { defaultMaxBinaryFileBytes, headBytes } from '../../core/source-file.ts';
import type { InventoryPackage } from '../../scanners/deps/inventory-package.ts';
import { readSbomInventory } from '../../scanners/deps/sbom-inventory.ts';
import { createDirectorySource } from '../../sources/directory.ts';
import { createRelatedFileReader } from '../../sources/related-file-reader.ts';
import type { CliIo } from '../io.ts';
import { collectRegistry } from '../pull-progress.ts';
import { readImageInventory } from './image-inventory.ts';
import type { ExitCode } from '../run.ts';

/**
 * Lockfiles of big monorepos run to tens of megabytes; the scan default (10 MiB) would skip them.
 * Parsing costs about 15 times a lockfile's size in memory (a generated 100 MB package-lock.json
 * took 1.5 GB and 38 s), so past this a lockfile is refused with an error naming it.
 */
export const maxLockfileBytes = 64 * 1024 * 1024;
const formats = ['table', 'json'] as const;
type InventoryFormat = (typeof formats)[number];

interface InventoryOptions {
  format?: string;
  image?: string;
  platform?: string;
  insecureRegistry?: string[];
}

export function registerInventoryCommand(program: Command, io: CliIo, setExitCode: (code: ExitCode) => void): void {
  program
    .command('inventory')
    .description('List the packages that lockfiles and manifests declare (npm, PyPI, Go, crates.io, RubyGems, Packagist, Maven, NuGet)')
    .argument('[path]', 'directory to walk, or one lockfile', '.')
    .option('-f, --format <format>', `output format: ${formats.join(', ')}`, 'table')
    .option('--image <target>', 'list the packages of a container image instead (docker save or OCI archive, OCI layout directory, or registry reference)')
    .option('--platform <os/arch[/variant]>', 'with --image: which image of a multi-platform index (default: linux/amd64 when there are several)')
    .option('--insecure-registry <host[:port]>', 'with --image: pull from this registry over plain HTTP (repeatable)', collectRegistry)
    .addHelpText(
      'after',
      `
Examples:
  $ rampart inventory                          every lockfile under the current directory
  $ rampart inventory app/package-lock.json    one file
  $ rampart inventory --format json > inventory.json
  $ rampart inventory --image myapp.tar        OS and language packages of an image

Exit codes: 0 listed (files that fail to parse are reported on stderr), 2 usage error.`,
    )
    .action(async (path: string, options: InventoryOptions) => {
      setExitCode(await inventoryCommand(path, options, io));
    });
}

async function inventoryCommand(path: string, options: InventoryOptions, io: CliIo): Promise<ExitCode> {
  const format = parseFormat(options.format ?? 'table');
  const inventory = options.image ? (await readImageInventory(options.image, { io, platform: options.platform, insecureRegistries: options.insecureRegistry, maxFileBytes: maxLockfileBytes })).inventory : await readInventoryTarget(resolve(io.cwd, path), path);
  io.stdout.write(format === 'json' ? renderJson(inventory) : renderTable(inventory));
  for (const error of inventory.errors) io.stderr.write(`rampart: ${error.path}${error.line ? `:${error.line}` : ''}  ${error.code}  ${error.message}\n`);
  return 0;
}

function parseFormat(value: string): InventoryFormat {
  const found = formats.find((format) => format === value);
  if (!found) throw new RampartError('RAMPART_E_USAGE', `unknown inventory format "${value}"`, { hint: `use one of: ${formats.join(', ')}` });
  return found;
}

/** The inventory of a directory walk or of one lockfile; `rampart sbom` reads its input the same way. */
export async function readInventoryTarget(target: string, given: string): Promise<Inventory> {
  return isFile(target, given) ? inventoryOfFile(target) : await inventoryOfDirectory(target);
}

function isFile(target: string, given: string): boolean {
  try {
    return statSync(target).isFile();
  } catch {
    throw new RampartError('RAMPART_E_TARGET', `target "${given}" does not exist`, { hint: 'pass a directory or a lockfile' });
  }
}

async function inventoryOfDirectory(root: string): Promise<Inventory> {
  const source = createDirectorySource({ root, maxFileBytes: maxLockfileBytes });
  const inventory = await collectInventory(source.files);
  const report = source.report();
  inventory.errors.push(...report.errors);
  // Only lockfiles are ever read here, so every file the size guard skipped is one of them.
  for (const notice of report.notices) {
    if (notice.code !== 'RAMPART_N_FILE_TOO_LARGE' || notice.path === undefined) continue;
    const message = binaryParserFor(notice.path) ? notice.message : tooLargeMessage(statSync(join(root, notice.path)).size);
    inventory.errors.push({ path: notice.path, code: 'RAMPART_E_READ', message });
  }
  return inventory;
}

function readHead(target: string): Uint8Array {
  const handle = openSync(target, 'r');
  try {
    const head = Buffer.alloc(headBytes);
    return head.subarray(0, readSync(handle, head, 0, headBytes, 0));
  } finally {
    closeSync(handle);
  }
}

function tooLargeMessage(size: number): string {
  return `not read: ${(size / 2 ** 20).toFixed(1)} MiB is over the ${maxLockfileBytes / 2 ** 20} MiB limit for a lockfile`;
}

function inventoryOfFile(target: string): Inventory {
  const name = basename(target);
  const size = statSync(target).size;
  const byPath = binaryParserFor(name);
  // An executable of any name is claimed by its first bytes, as in a directory walk.
  const binaries = byPath ? [byPath] : textParserFor(name) ? [] : binaryParsersForHead(name, readHead(target));
  if (binaries.length > 0) {
    if (size > defaultMaxBinaryFileBytes) throw new RampartError('RAMPART_E_TARGET', `${name}: not read: ${(size / 2 ** 20).toFixed(1)} MiB is over the ${defaultMaxBinaryFileBytes / 2 ** 20} MiB limit for a binary package input`, { hint: 'scan it with `rampart scan` and a larger maxBinaryFileBytes in the config' });
    const result = parseBinaryInputs(binaries, { path: name, related: createRelatedFileReader(dirname(target), maxLockfileBytes) }, readFileSync(target));
    return { ...result, files: [name] };
  }
  if (size > maxLockfileBytes) throw new RampartError('RAMPART_E_TARGET', `${name}: ${tooLargeMessage(size)}`, { hint: 'split the project, or scan it with `rampart scan --max-file-bytes` (which reads it without this limit)' });
  const parser = textParserFor(name);
  if (!parser) return inventoryOfSbom(target, name);
  const file = { path: name, related: createRelatedFileReader(dirname(target), maxLockfileBytes) };
  const result = parseLockfile(parser, file, readFileSync(target, 'utf8'));
  return { ...result, files: [name] };
}

/** A CycloneDX or SPDX JSON file given by name reads back as an inventory (only when named: a directory walk never reads SBOMs, which would count packages twice). */
function inventoryOfSbom(target: string, name: string): Inventory {
  const notLockfile = new RampartError('RAMPART_E_TARGET', `${name} is not a lockfile, manifest or SBOM rampart reads`, { hint: 'see docs/inventory.md for the formats; or pass a directory' });
  if (!name.endsWith('.json')) throw notLockfile;
  const result = readSbomInventory(name, readFileSync(target, 'utf8'));
  if (result.errors.length > 0 && result.packages.length === 0 && /not a CycloneDX or SPDX/.test(result.errors[0]!.message)) throw notLockfile;
  const notices = result.skipped === 0 ? [] : [{ path: name, message: `${result.skipped} components without a purl of a supported type were skipped` }];
  return { packages: result.packages, errors: result.errors, notices, files: [name] };
}

function renderJson(inventory: Inventory): string {
  return `${JSON.stringify({ schemaVersion: 1, files: inventory.files, packages: inventory.packages, errors: inventory.errors, notices: inventory.notices }, null, 2)}\n`;
}

function renderTable(inventory: Inventory): string {
  if (inventory.packages.length === 0) return `No packages found (${inventory.files.length} lockfiles read).\n`;
  const rows = inventory.packages.map((item) => [item.ecosystem, item.name, versionCell(item), flagCell(item.direct, 'direct', 'transitive'), flagCell(item.dev, 'dev', 'prod'), `${item.location.path}:${item.location.startLine}`]);
  const header = ['ECOSYSTEM', 'NAME', 'VERSION', 'RELATION', 'SCOPE', 'LOCATION'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const lines = [header, ...rows].map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  '));
  return `${lines.join('\n')}\n\n${inventory.packages.length} packages in ${inventory.files.length} lockfiles.\n`;
}

function versionCell(item: InventoryPackage): string {
  if (item.version !== undefined) return item.version;
  return `(${item.unresolved?.reason ?? 'unpinned'})`;
}

function flagCell(value: boolean | undefined, yes: string, no: string): string {
  return value === undefined ? '?' : value ? yes : no;
}
