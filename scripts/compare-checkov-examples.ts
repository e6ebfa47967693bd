/**
 * Dev-time measurement, not part of the test suite: runs rampart's IaC rules on the example
 * folders of Checkov's own per-check tests and compares, per resource, with the pass/fail
 * verdicts those tests expect. Nothing from Checkov is stored in this repo; point the script at
 * an unpacked checkout (its `tests/` and `checkov/` folders).
 *
 *   node --import tsx scripts/compare-checkov-examples.ts <checkov-checkout> [set…] [--verbose] [--uncovered]
 *
 * Sets: aws, azure, gcp, other (the remaining Terraform providers), kubernetes, dockerfile,
 * cloudformation. A resource counts as agreeing when Checkov expects a failure and a rampart rule
 * listing that Checkov id fails it, or when Checkov expects a pass and no such rule fails it
 * (unknown is not a failure: rampart never reports what it could not evaluate).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { RelatedFileReader, SourceFile } from '../src/core/source-file.ts';
import { iacFormatReaders } from '../src/scanners/iac/formats/index.ts';
import type { IacRule } from '../src/scanners/iac/iac-rule.ts';
import type { IacResource } from '../src/scanners/iac/iac-resource.ts';
import type { IacWorld } from '../src/scanners/iac/formats/iac-format-reader.ts';
import { ResourceGraph } from '../src/scanners/iac/resource-graph.ts';
import { judge } from '../src/scanners/iac/run-iac-rules.ts';
import { iacRules } from '../src/scanners/iac/rules/index.ts';

type Outcome = 'pass' | 'fail' | 'unknown' | 'absent';

interface ExampleTest {
  set: string;
  testFile: string;
  checkId: string;
  folder: string;
  /** Expected resources by Checkov id; empty when the test only counts. */
  passing: Set<string>;
  failing: Set<string>;
  /** Counts from `summary['passed']` assertions, when the test has them. */
  passedCount?: number;
  failedCount?: number;
}

const setRoots: Record<string, { dir: string; framework: string }> = {
  aws: { dir: 'tests/terraform/checks/resource/aws', framework: 'terraform' },
  azure: { dir: 'tests/terraform/checks/resource/azure', framework: 'terraform' },
  gcp: { dir: 'tests/terraform/checks/resource/gcp', framework: 'terraform' },
  other: { dir: 'tests/terraform/checks/resource', framework: 'terraform' },
  provider: { dir: 'tests/terraform/checks/provider', framework: 'terraform' },
  kubernetes: { dir: 'tests/kubernetes/checks', framework: 'kubernetes' },
  dockerfile: { dir: 'tests/dockerfile/checks', framework: 'dockerfile' },
  cloudformation: { dir: 'tests/cloudformation/checks/resource/aws', framework: 'cloudformation' },
};

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  listUncovered = args.includes('--uncovered');
  const positional = args.filter((arg) => !arg.startsWith('--'));
  const root = positional[0];
  if (!root || !existsSync(join(root, 'tests'))) {
    console.error('usage: compare-checkov-examples.ts <checkov-checkout> [set…] [--verbose]');
    process.exit(2);
  }
  const sets = positional.length > 1 ? positional.slice(1) : Object.keys(setRoots);
  for (const set of sets) reportSet(root, set, verbose);
}

/** `--uncovered`: also list the example tests no rampart rule answers. */
let listUncovered = false;

function reportSet(root: string, set: string, verbose: boolean): void {
  const tests = findTests(root, set);
  let agree = 0;
  let total = 0;
  let uncovered = 0;
  const lines: string[] = [];
  for (const test of tests) {
    const rules = iacRules.filter((rule) => rule.format === setRoots[set]!.framework && rule.equivalents?.includes(test.checkId));
    if (rules.length === 0) {
      uncovered++;
      if (listUncovered) console.log(`  no rampart rule: ${test.checkId} ${relative(root, test.folder)}`);
      continue;
    }
    const outcomes = judgeFolder(test.folder, rules);
    if (test.passing.size + test.failing.size === 0) {
      const counted = compareCounts(test, outcomes);
      agree += counted.agree;
      total += counted.total;
      lines.push(...counted.lines);
      continue;
    }
    for (const [expected, addresses] of [['pass', test.passing], ['fail', test.failing]] as const) {
      for (const address of addresses) {
        // A few expected lists name one resource both ways (a slip in the test); it says nothing.
        if (test.passing.has(address) && test.failing.has(address)) continue;
        const got = outcomeOf(outcomes, address);
        total++;
        const ok = expected === 'fail' ? got === 'fail' : got !== 'fail';
        if (ok) agree++;
        else lines.push(`  ${test.checkId} ${rules.map((rule) => rule.id).join(',')} ${address}: expected ${expected}, rampart ${got}`);
      }
    }
  }
  const covered = tests.length - uncovered;
  console.log(`${set}: ${agree}/${total} resources (files, for tests that only count) agree${total ? ` (${(agree / total).toFixed(3)})` : ''}; ${covered} example tests with a rampart rule, ${uncovered} without`);
  if (verbose || lines.length < 80) for (const line of lines) console.log(line);
}

/**
 * Tests that only assert counts (most Kubernetes and CloudFormation ones) name their files
 * `…-FAILED.yaml`, `…-1FAILED1PASSED.yaml`, `…-PASSED.yaml`, `…-UNKNOWN.yaml`. Each labelled
 * file is one unit: it agrees when rampart fails some resource in it exactly when its label
 * names a failure, and (for mixed files) also passes or leaves unknown the rest. Unlabelled
 * files make one more unit that agrees when rampart's failure count equals what remains of the
 * test's count.
 */
function compareCounts(test: ExampleTest, outcomes: Map<string, Outcome>): { agree: number; total: number; lines: string[] } {
  const perFile = new Map<string, { pass: number; fail: number; unknown: number }>();
  for (const [key, outcome] of outcomes) {
    const separator = key.indexOf('\0');
    if (separator < 0) continue;
    const file = key.slice(0, separator);
    const tally = perFile.get(file) ?? { pass: 0, fail: 0, unknown: 0 };
    if (outcome === 'fail' || outcome === 'pass' || outcome === 'unknown') tally[outcome]++;
    perFile.set(file, tally);
  }
  let agree = 0;
  let total = 0;
  const lines: string[] = [];
  let restFail = test.failedCount ?? 0;
  let unlabelledFail = 0;
  let unlabelledFiles = 0;
  for (const file of listFiles(test.folder)) {
    const label = fileLabel(file);
    const got = perFile.get(file) ?? { pass: 0, fail: 0, unknown: 0 };
    if (!label) {
      unlabelledFail += got.fail;
      unlabelledFiles++;
      continue;
    }
    restFail -= label.fail;
    total++;
    const right = label.fail > 0 ? got.fail > 0 && (label.pass === 0 || got.pass + got.unknown > 0) : got.fail === 0;
    if (right) agree++;
    else lines.push(`  ${test.checkId} ${basename(test.folder)}/${file}: expected ${label.fail} failing, ${label.pass} passing; rampart ${got.fail} failing, ${got.pass} passing, ${got.unknown} unknown`);
  }
  if (unlabelledFiles > 0 && test.failedCount !== undefined) {
    total++;
    if (unlabelledFail === Math.max(0, restFail)) agree++;
    else lines.push(`  ${test.checkId} ${basename(test.folder)} (unlabelled files): expected ${restFail} failing; rampart ${unlabelledFail} failing`);
  }
  return { agree, total, lines };
}

/** Counts in a file name: `FAILED`/`FAIL` (one), `2PASSED`, `1FAILED1PASSED`; `UNKNOWN` is zero of each. */
function fileLabel(file: string): { pass: number; fail: number } | undefined {
  const name = basename(file);
  // An optional count before FAIL/FAILED or PASS/PASSED.
  const fail = /(\d*)FAIL(?:ED)?/.exec(name);
  const pass = /(\d*)PASS(?:ED)?/.exec(name);
  if (!fail && !pass) return /UNKNOWN/.test(name) ? { pass: 0, fail: 0 } : undefined;
  return { fail: fail ? Number(fail[1] || 1) : 0, pass: pass ? Number(pass[1] || 1) : 0 };
}

function outcomeOf(outcomes: Map<string, Outcome>, checkovAddress: string): Outcome {
  for (const candidate of addressCandidates(checkovAddress)) {
    const outcome = outcomes.get(candidate);
    if (outcome) return outcome;
  }
  return 'absent';
}

/**
 * Checkov names CloudFormation resources `AWS::S3::Bucket.Id`, Kubernetes objects
 * `Kind.namespace.name` and Dockerfile checks `/path/Dockerfile.INSTRUCTION`; rampart's
 * addresses are the logical id, `Kind/namespace/name` and the path.
 */
function addressCandidates(address: string): string[] {
  const candidates = [address];
  // `AWS::Service::Type.LogicalId`: keep the logical id.
  const cfn = /^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9:]+\.(.+)$/.exec(address);
  if (cfn) candidates.push(cfn[1]!);
  // `Kind.namespace.name`: the first two dots separate kind and namespace.
  const k8s = /^([A-Za-z]+)\.([^.]+)\.(.+)$/.exec(address);
  if (k8s) candidates.push(`${k8s[1]}/${k8s[2]}/${k8s[3]}`);
  // `/dir/Dockerfile.USER` (or `Dockerfile.` for a check of the whole file): drop the leading slash and the instruction name.
  const docker = /^\/?(.+?)\.[A-Z]*$/.exec(address);
  if (docker) candidates.push(docker[1]!);
  return candidates;
}

/** Per-resource outcome over the given rules: any failure fails; else unknown beats pass. */
function judgeFolder(folder: string, rules: readonly IacRule[]): Map<string, Outcome> {
  // Keyed by address, and by file and address so that counts see resources of the same name in several files.
  const outcomes = new Map<string, Outcome>();
  const files = listFiles(folder);
  const related = folderReader(folder, files);
  const session = new Map<string, unknown>();
  for (const name of files) {
    const text = readFileSync(join(folder, name), 'utf8');
    const file: SourceFile = { path: name, read: async () => ({ text, bytes: text.length }), related };
    const reader = iacFormatReaders.find((candidate) => candidate.claimsPath(name) && (!candidate.sniff || candidate.sniff(name, text)));
    if (!reader) continue;
    const read = reader.read(file, text, { session });
    const graph = read.graph ?? new ResourceGraph(read.resources);
    for (const resource of read.resources) {
      for (const rule of rules) {
        if (rule.format !== reader.format || !(rule.resourceTypes.includes(resource.type) || rule.resourceTypes.includes('*'))) continue;
        record(outcomes, resource.address, resource, rule, graph, read.worlds);
        record(outcomes, `${name}\0${resource.address}`, resource, rule, graph, read.worlds);
      }
    }
  }
  return outcomes;
}

function record(outcomes: Map<string, Outcome>, key: string, resource: IacResource, rule: IacRule, graph: ResourceGraph, worlds: readonly IacWorld[] | undefined): void {
  // As the scanner judges: a rule that cannot decide is asked again in the reader's worlds.
  const { verdicts } = judge(rule, resource, graph, worlds);
  const rank: Record<Outcome, number> = { absent: 0, pass: 1, unknown: 2, fail: 3 };
  let outcome = outcomes.get(key) ?? 'absent';
  for (const verdict of verdicts as { outcome: Outcome }[]) if (rank[verdict.outcome] > rank[outcome]) outcome = verdict.outcome;
  outcomes.set(key, outcome);
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(folder, name)).isFile())
    .sort();
}

function folderReader(folder: string, files: readonly string[]): RelatedFileReader {
  return {
    read: (path) => (files.includes(path) ? readFileSync(join(folder, path), 'utf8') : undefined),
    list: (directory, options) => {
      const prefix = directory === '' ? '' : `${directory.replace(/\/$/, '')}/`;
      return files.filter((path) => path.startsWith(prefix) && (options.recursive || !path.slice(prefix.length).includes('/'))).slice(0, options.maxEntries);
    },
  };
}

/** The example tests of a set: test files naming an example folder and a check module. */
function findTests(root: string, set: string): ExampleTest[] {
  const { dir } = setRoots[set]!;
  const testDirs = set === 'other'
    ? readdirSync(join(root, dir)).filter((name) => !['aws', 'azure', 'gcp'].includes(name) && statSync(join(root, dir, name)).isDirectory()).map((name) => join(root, dir, name))
    : [join(root, dir)];
  const tests: ExampleTest[] = graphTests(root, set);
  for (const testDir of testDirs) {
    for (const name of readdirSync(testDir).filter((entry) => /^test_.*\.py$/.test(entry))) {
      const testFile = join(testDir, name);
      const source = readFileSync(testFile, 'utf8');
      const checkId = checkIdOf(root, source);
      // The folder the test runs on: a quoted name after the test's directory (`"example_X"`, `"/example_X"`, `"S3Templates"`).
      const folderName = /["'/](example_[A-Za-z0-9_]+|[A-Za-z0-9]+Templates)["']/.exec(source)?.[1];
      if (!checkId || !folderName || !existsSync(join(testDir, folderName))) continue;
      tests.push({
        set,
        testFile: relative(root, testFile),
        checkId,
        folder: join(testDir, folderName),
        passing: stringSet(source, 'passing_resources'),
        failing: stringSet(source, 'failing_resources'),
        ...counts(source),
      });
    }
  }
  return tests;
}

/**
 * Checkov's YAML graph checks (`checkov/terraform/checks/graph_checks/<provider>/<Name>.yaml`)
 * are tested on `tests/terraform/graph/checks/resources/<Name>/` with an `expected.yaml` listing
 * passing and failing addresses.
 */
function graphTests(root: string, set: string): ExampleTest[] {
  const { framework } = setRoots[set]!;
  const testsRoot = join(root, `tests/${framework}/graph/checks/resources`);
  const checksRoot = join(root, `checkov/${framework}/checks/graph_checks`);
  if (!existsSync(testsRoot) || !existsSync(checksRoot) || set === 'provider') return [];
  const providers = readdirSync(checksRoot).filter((name) => statSync(join(checksRoot, name)).isDirectory());
  const wanted = framework !== 'terraform' ? providers : set === 'other' ? providers.filter((name) => !['aws', 'azure', 'gcp'].includes(name)) : [set];
  const tests: ExampleTest[] = [];
  for (const name of readdirSync(testsRoot)) {
    const expected = join(testsRoot, name, 'expected.yaml');
    const provider = wanted.find((candidate) => existsSync(join(checksRoot, candidate, `${name}.yaml`)));
    if (!provider || !existsSync(expected)) continue;
    // `id: "CKV2_AWS_6"` in the check's metadata.
    const checkId = /\bid:\s*["']?(CKV2?_[A-Z0-9]+_\d+)/.exec(readFileSync(join(checksRoot, provider, `${name}.yaml`), 'utf8'))?.[1];
    if (!checkId) continue;
    const lists = yamlLists(readFileSync(expected, 'utf8'));
    tests.push({ set, testFile: relative(root, expected), checkId, folder: join(testsRoot, name), passing: new Set(lists.get('pass') ?? []), failing: new Set(lists.get('fail') ?? []) });
  }
  return tests;
}

/** `pass:` / `fail:` lists of quoted or plain strings, the only shape expected.yaml files have. */
function yamlLists(text: string): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    // A top-level key such as `pass:`.
    const key = /^([a-z_]+):/.exec(line);
    if (key) {
      current = [];
      lists.set(key[1]!, current);
      continue;
    }
    // A list item, quotes optional.
    const item = /^\s*-\s*["']?(.*?)["']?\s*$/.exec(line);
    if (item && current) current.push(item[1]!);
  }
  return lists;
}

/** The id of the check module the test imports (`from checkov.x.checks.….Name import check`). */
function checkIdOf(root: string, source: string): string | undefined {
  // The imported module path, dotted.
  const module = /from (checkov\.[\w.]+) import check\b/.exec(source)?.[1];
  if (!module) return undefined;
  const path = join(root, `${module.replaceAll('.', '/')}.py`);
  if (!existsSync(path)) return undefined;
  // `id = "CKV_AWS_20"` (or `id="…"`) in the check's constructor.
  return /\bid\s*=\s*["'](CKV2?_[A-Z0-9]+_\d+)["']/.exec(readFileSync(path, 'utf8'))?.[1];
}

/** The string literals of `name = { … }` (a Python set literal, possibly over several lines). */
function stringSet(source: string, name: string): Set<string> {
  // `name = {` or `name = set([` up to the closing brace/bracket.
  const block = new RegExp(`\\b${name}\\s*=\\s*(?:set\\(\\[|\\{)([\\s\\S]*?)(?:\\]\\)|\\})`).exec(source)?.[1];
  if (!block) return new Set();
  // Python comments (`# "aws_x.y",  # later`) name resources the test leaves out.
  const code = block.replace(/#[^\n]*/g, '');
  // Each quoted string: double- or single-quoted, with backslash escapes.
  const strings = [...code.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)].map((match) => (match[1] ?? match[2]!).replace(/\\(.)/g, '$1'));
  return new Set(strings);
}

function counts(source: string): { passedCount?: number; failedCount?: number } {
  // `summary['passed'], 3` inside an assertEqual.
  const passed = /summary\[["']passed["']\],\s*(\d+)/.exec(source)?.[1];
  const failed = /summary\[["']failed["']\],\s*(\d+)/.exec(source)?.[1];
  return { ...(passed ? { passedCount: Number(passed) } : {}), ...(failed ? { failedCount: Number(failed) } : {}) };
}

main();
