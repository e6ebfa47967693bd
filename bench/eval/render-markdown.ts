import type { CorpusLabels } from './labels.ts';
import { f1, precision, recall, type Score, type Tally } from './match-findings.ts';

const fixed = (value: number) => value.toFixed(3);

function tallyRow(name: string, tally: Tally): string {
  return `| ${name} | ${tally.truePositives} | ${tally.falsePositives} | ${tally.falseNegatives} | ${fixed(precision(tally))} | ${fixed(recall(tally))} | ${fixed(f1(tally))} |`;
}

function tallyTable(entries: [string, Tally][]): string[] {
  return ['| | TP | FP | FN | precision | recall | F1 |', '|---|---:|---:|---:|---:|---:|---:|', ...entries.sort((a, b) => a[0].localeCompare(b[0])).map(([name, tally]) => tallyRow(name, tally))];
}

/** The figures of one run as Markdown tables, for docs/EVALUATION.md. Secrets appear only as prefix + length. */
export function renderMarkdown(labels: CorpusLabels, score: Score, seed: number): string {
  const all = [...labels.labels, ...labels.history.labels];
  const secrets = all.filter((label) => label.type === 'secret').length;
  const lines = [
    `Seed ${seed} (0x${seed.toString(16)}), generator version ${labels.generatorVersion}: ${labels.repositories} repositories, ${labels.files.length} files, ${secrets} secret lines, ${all.length - secrets} trap lines; history repository of ${labels.history.commits} commits.`,
    '',
    '### Overall',
    '',
    ...tallyTable([['all', score.overall]]),
    '',
    '### By syntax (history: lines found only in commits)',
    '',
    ...tallyTable([...score.bySyntax]),
    '',
    '### By secret kind',
    '',
    ...tallyTable([...score.bySecretKind]),
    '',
    '### By trap kind (lines that must stay silent)',
    '',
    '| trap kind | traps | reported |',
    '|---|---:|---:|',
    ...[...score.byTrapKind].sort((a, b) => a[0].localeCompare(b[0])).map(([kind, { traps, fired }]) => `| ${kind} | ${traps} | ${fired} |`),
    '',
    '### Misses and false alarms',
    '',
    ...score.falseNegatives.map((label) => `- FN \`${label.path}:${label.line}\` (${label.syntax}, ${label.kind}, ${label.preview})`),
    ...score.falsePositives.map((fp) => `- FP \`${fp.key}\` (${fp.syntax}, trap ${fp.trapKind}, ${fp.rules.join(', ')})`),
    '',
  ];
  return lines.join('\n');
}
