import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSeed, generateCorpus } from './generate-corpus.ts';
import type { CorpusLabels } from './labels.ts';
import { f1, precision, recall, scoreFindings, type ReportedFinding, type Score, type Tally } from './match-findings.ts';
import { renderMarkdown } from './render-markdown.ts';

const repoRoot = new URL('../../', import.meta.url).pathname;
const corpusRoot = join(repoRoot, 'bench/.corpus');
const corpusDir = join(corpusRoot, 'eval');
const historyDir = join(corpusRoot, 'eval-history');

function parseArgs(argv: string[]): { seed: number; build: boolean; markdown: string | undefined; cli: string } {
  const valueOf = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const seed = valueOf('--seed');
  // --cli scores another build (an older checkout's bin/rampart.js) on the same corpus, for before/after figures.
  const cli = valueOf('--cli');
  return { seed: seed === undefined ? defaultSeed : Number(seed), build: cli === undefined && !argv.includes('--no-build'), markdown: valueOf('--markdown'), cli: cli ?? join(repoRoot, 'bin/rampart.js') };
}

/** Runs the built CLI the way a user would and returns its JSON findings. */
function runScan(cli: string, target: string, extra: string[]): ReportedFinding[] {
  const output = execFileSync(process.execPath, [cli, 'scan', target, '--format', 'json', '--fail-on', 'never', '--quiet', '--no-gitignore', ...extra], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const findings = (JSON.parse(output) as { findings: (ReportedFinding & { scanner: string })[] }).findings;
  // Other scanners (pipeline rules on workflow files) are not what this corpus labels.
  const others = findings.filter((finding) => finding.scanner !== 'secrets');
  if (others.length > 0) console.log(`note: ${others.length} findings from other scanners (${[...new Set(others.map((f) => f.ruleId))].join(', ')}) left out of the score`);
  return findings.filter((finding) => finding.scanner === 'secrets');
}

const pct = (value: number) => value.toFixed(3);

function row(name: string, tally: Tally): string {
  return `${name.padEnd(34)} ${String(tally.truePositives).padStart(5)} ${String(tally.falsePositives).padStart(5)} ${String(tally.falseNegatives).padStart(5)}   ${pct(precision(tally))}  ${pct(recall(tally))}  ${pct(f1(tally))}`;
}

function printTable(title: string, entries: [string, Tally][]): void {
  console.log(`\n${title}`);
  console.log(`${''.padEnd(34)}    TP    FP    FN   prec   recall  F1`);
  for (const [name, tally] of entries.sort((a, b) => a[0].localeCompare(b[0]))) console.log(row(name, tally));
}

function printScore(labels: CorpusLabels, score: Score): void {
  const secrets = labels.labels.filter((label) => label.type === 'secret').length + labels.history.labels.filter((label) => label.type === 'secret').length;
  const traps = labels.labels.length + labels.history.labels.length - secrets;
  console.log(`corpus: ${labels.repositories} repositories, ${labels.files.length} files, ${secrets} secret lines, ${traps} trap lines; history: ${labels.history.commits} commits`);
  console.log(row('OVERALL', score.overall));
  printTable('by syntax', [...score.bySyntax]);
  printTable('by secret kind (recall)', [...score.bySecretKind]);
  console.log('\nby trap kind                          traps  fired');
  for (const [kind, { traps: count, fired }] of [...score.byTrapKind].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`${kind.padEnd(34)} ${String(count).padStart(8)} ${String(fired).padStart(6)}`);
  console.log(`\nfalse positives (${score.falsePositives.length})`);
  for (const fp of score.falsePositives.sort((a, b) => a.key.localeCompare(b.key))) console.log(`  FP ${fp.key}  [${fp.syntax}] trap=${fp.trapKind} rules=${fp.rules.join(',')} evidence=${fp.evidence}`);
  console.log(`\nfalse negatives (${score.falseNegatives.length})`);
  for (const fn of score.falseNegatives.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line)) console.log(`  FN ${fn.commit ? `${fn.commit.slice(0, 12)}:` : ''}${fn.path}:${fn.line}  [${fn.syntax}] kind=${fn.kind} value=${fn.preview}`);
}

/** tsc emits even when some file fails to type-check; another change in progress should not stop a measurement. */
function buildCli(): void {
  try {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    console.error('warning: npm run build reported errors; scoring what tsc emitted into dist/');
  }
}

function main(): void {
  const { seed, build, markdown, cli } = parseArgs(process.argv.slice(2));
  mkdirSync(corpusRoot, { recursive: true });
  const labels = generateCorpus(corpusDir, historyDir, seed);
  writeFileSync(join(corpusRoot, 'eval-labels.json'), JSON.stringify(labels, null, 2));
  if (build) buildCli();
  const directoryFindings = runScan(cli, corpusDir, []);
  const historyFindings = runScan(cli, historyDir, ['--git']);
  const score = scoreFindings(JSON.parse(readFileSync(join(corpusRoot, 'eval-labels.json'), 'utf8')) as CorpusLabels, directoryFindings, historyFindings);
  printScore(labels, score);
  if (markdown) writeFileSync(markdown, renderMarkdown(labels, score, seed));
}

main();
