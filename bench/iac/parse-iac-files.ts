import '../../src/cli/tune-v8.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';
import { iacFormatReaders } from '../../src/scanners/iac/formats/index.ts';
import { splitInstructions } from '../../src/scanners/iac/formats/dockerfile/split-instructions.ts';
import { parseHcl, parseHclOnly } from '../../src/scanners/iac/formats/terraform/parse-hcl.ts';

/**
 * The baseline the IaC scan is measured against: walk the same tree, pick the same files the
 * scanner's readers take, and only parse them (tree-sitter for HCL, the YAML library for
 * manifests and templates, JSON.parse, the Dockerfile instruction splitter), with no evaluation,
 * no model and no rules. Run as its own process, like the scan, and prints one JSON line.
 *
 * With `--to-syntax`, HCL is also converted into the reader's syntax tree (`parseHcl`: blocks,
 * attributes, expressions with positions), still without evaluation: the share of the reader
 * that is parsing in the wider sense.
 *
 * Usage: node --import tsx bench/iac/parse-iac-files.ts <dir> [--to-syntax]
 */
interface ParseSummary {
  files: number;
  bytes: number;
  byFormat: Record<string, number>;
  /** Wall time spent walking, reading and parsing (after start-up and module loading), milliseconds. */
  parseMs: number;
  /** CPU time (user + system) of the same part, milliseconds: steadier than wall time on a busy machine. */
  parseCpuMs: number;
}

function walk(root: string, dir: string, into: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.git' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(root, path, into);
    else if (entry.isFile()) into.push(relative(root, path));
  }
}

const toSyntax = process.argv.includes('--to-syntax');

function parseOnly(format: string, path: string, text: string): void {
  if (path.endsWith('.json')) JSON.parse(text);
  else if (format === 'terraform' && toSyntax) parseHcl(text);
  else if (format === 'terraform') parseHclOnly(text);
  else if (format === 'dockerfile') splitInstructions(text);
  else parseAllDocuments(text, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: false, keepSourceTokens: false });
}

function main(root: string): ParseSummary {
  const started = performance.now();
  const startedCpu = process.cpuUsage();
  const paths: string[] = [];
  walk(root, root, paths);
  const summary: ParseSummary = { files: 0, bytes: 0, byFormat: {}, parseMs: 0, parseCpuMs: 0 };
  for (const path of paths.sort()) {
    const readers = iacFormatReaders.filter((reader) => reader.claimsPath(path));
    if (readers.length === 0) continue;
    const text = readFileSync(join(root, path), 'utf8');
    const reader = readers.find((candidate) => !candidate.sniff || candidate.sniff(path, text));
    if (!reader) continue;
    try {
      parseOnly(reader.format, path, text);
    } catch {
      // A file that does not parse still cost its parse; the scan reports it as an error.
    }
    summary.files++;
    summary.bytes += Buffer.byteLength(text);
    summary.byFormat[reader.format] = (summary.byFormat[reader.format] ?? 0) + 1;
  }
  summary.parseMs = performance.now() - started;
  const cpu = process.cpuUsage(startedCpu);
  summary.parseCpuMs = (cpu.user + cpu.system) / 1000;
  return summary;
}

console.log(JSON.stringify(main(process.argv[2] ?? '.')));
