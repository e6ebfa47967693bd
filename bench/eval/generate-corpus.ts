import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SeededRandom } from '../corpus/seeded-random.ts';
import { codeSyntaxes } from './code-syntaxes.ts';
import { configSyntaxes, type AssignmentSyntax } from './config-syntaxes.ts';
import { moreSyntaxes } from './more-syntaxes.ts';
import { thirdSyntaxes } from './third-syntaxes.ts';
import { withFillers, type Entry } from './entries.ts';
import { FileBuilder } from './file-builder.ts';
import { buildHistoryRepo } from './history-repo.ts';
import { previewOf, type CorpusFile, type CorpusLabels, type LineLabel } from './labels.ts';
import { secretFileMakers, type BuiltFile } from './secret-files.ts';
import { moreSecretFileMakers } from './more-secret-files.ts';
import { drawConnectionUrl, drawSecret } from './secret-values.ts';
import { trapFileMakers } from './trap-files.ts';
import { moreTrapFileMakers } from './more-trap-files.ts';
import { drawTrap } from './trap-values.ts';

/** Bump when generated content changes, so figures are only compared across the same corpus. */
export const evalGeneratorVersion = 4;
export const defaultSeed = 0x5eed_e7a1;
const repositoryCount = 150;

const assignmentSyntaxes: readonly AssignmentSyntax[] = [...configSyntaxes, ...codeSyntaxes, ...moreSyntaxes, ...thirdSyntaxes];

function secretEntry(random: SeededRandom): Entry {
  const drawn = random.chance(0.12) ? drawConnectionUrl(random) : drawSecret(random);
  return { words: drawn.words, value: drawn.value, label: { type: 'secret', kind: drawn.kind } };
}

function trapEntry(random: SeededRandom): Entry {
  const drawn = drawTrap(random);
  const entry: Entry = { words: drawn.words, value: drawn.value, label: { type: 'trap', kind: drawn.kind } };
  if (drawn.envVariable !== undefined) entry.envVariable = drawn.envVariable;
  if (drawn.code !== undefined) entry.value = drawn.code;
  if (drawn.code !== undefined) entry.code = drawn.code;
  return entry;
}

/** One config or code file with a few secrets, a few traps and ordinary settings between them. */
function assignmentFile(random: SeededRandom, syntax: AssignmentSyntax, isExample: boolean): BuiltFile {
  const secrets = isExample ? [] : Array.from({ length: random.int(0, 3) }, () => secretEntry(random));
  const traps = Array.from({ length: random.int(isExample ? 3 : 1, isExample ? 6 : 3) }, () => trapEntry(random));
  const entries = withFillers(random, [...secrets, ...traps], random.int(2, 5));
  const builder = new FileBuilder();
  syntax.render(builder, entries, random);
  const path = isExample ? random.pick(['.env.example', '.env.sample', 'config/.env.template']) : random.pick(syntax.paths);
  return { path, syntax: syntax.syntax, builder };
}

/** A small repository: several config and code files, a credential-bearing file or two, and trap-heavy files. */
function buildRepository(random: SeededRandom): BuiltFile[] {
  const files: BuiltFile[] = [];
  for (let i = random.int(3, 5); i > 0; i--) files.push(assignmentFile(random, random.pick(assignmentSyntaxes), false));
  if (random.chance(0.4)) files.push(assignmentFile(random, assignmentSyntaxes[0]!, true));
  for (let i = random.int(1, 2); i > 0; i--) files.push(random.pick([...secretFileMakers, ...moreSecretFileMakers])(random));
  for (let i = random.int(2, 3); i > 0; i--) files.push(random.pick([...trapFileMakers, ...moreTrapFileMakers])(random));
  return uniquePaths(files);
}

/** Two generated files may pick the same path; later ones move into a numbered folder. */
function uniquePaths(files: BuiltFile[]): BuiltFile[] {
  const seen = new Set<string>();
  return files.map((file, index) => {
    const path = seen.has(file.path) ? `extra-${index}/${file.path}` : file.path;
    seen.add(path);
    return { ...file, path };
  });
}

function labelsOf(file: BuiltFile, path: string): LineLabel[] {
  return file.builder.marks.map((mark) => ({ ...mark.label, path, line: mark.line, syntax: file.syntax, preview: previewOf(mark.value) }));
}

/** Writes the corpus under root (replacing it) and returns its labels; also written to root/../eval-labels.json. */
export function generateCorpus(root: string, historyRoot: string, seed = defaultSeed): CorpusLabels {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const random = new SeededRandom(seed);
  const files: CorpusFile[] = [];
  const labels: LineLabel[] = [];
  for (let index = 1; index <= repositoryCount; index++) {
    const repo = `repo-${String(index).padStart(3, '0')}`;
    for (const file of buildRepository(random)) {
      const path = `${repo}/${file.path}`;
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), file.builder.text());
      files.push({ path, syntax: file.syntax });
      labels.push(...labelsOf(file, path));
    }
  }
  const history = buildHistoryRepo(historyRoot, new SeededRandom(seed ^ 0x4157));
  return { generatorVersion: evalGeneratorVersion, seed, repositories: repositoryCount, files, labels, history };
}
