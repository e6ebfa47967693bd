import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { configFormats, generateConfigLines, type ConfigFormat } from '../corpus/config-formats.ts';
import { makeAssignments, plantedKinds, type PlantedKind } from '../corpus/planted-secrets.ts';
import { SeededRandom } from '../corpus/seeded-random.ts';

/** Bump when the generated history changes, so an old repository is rebuilt. */
export const historyGeneratorVersion = 4;

const seed = 0x6157_2024;
// Large enough that git itself takes seconds, so process start-up does not dominate the ratio.
const commitCount = 10_000;
const initialFileCount = 300;
/** A secret is committed in about one commit in forty and removed a few commits later. */
const plantProbability = 0.025;
const startEpochSeconds = 1_609_459_200; // 2021-01-01
const authors = ['Ada Byron', 'Grace Hopper', 'Linus Pauling', 'Margaret Hamilton', 'Ken Iverson', 'Barbara Liskov', 'Dennis Ritchie', 'Radia Perlman'] as const;

export interface HistoryPlant {
  kind: Exclude<PlantedKind, 'private-key'>;
  path: string;
  /** 1-based index of the commit that added it. */
  commitNumber: number;
  /** That commit's hash. */
  commit: string;
}

export interface HistoryRepo {
  generatorVersion: number;
  path: string;
  commits: number;
  branches: number;
  /** Bytes of the fast-import stream: every file version written. */
  streamBytes: number;
  planted: HistoryPlant[];
}

interface TrackedFile {
  format: ConfigFormat;
  lines: string[];
}

/** Returns the history repository, generating it with git fast-import when missing or stale. */
export function ensureHistoryRepo(corpusDir: string): { repo: HistoryRepo; isReused: boolean } {
  const path = join(corpusDir, 'history-repo');
  const manifestPath = join(corpusDir, 'history.json');
  if (existsSync(manifestPath) && existsSync(join(path, '.git'))) {
    const existing = JSON.parse(readFileSync(manifestPath, 'utf8')) as HistoryRepo;
    if (existing.generatorVersion === historyGeneratorVersion) return { repo: existing, isReused: true };
  }
  rmSync(path, { recursive: true, force: true });
  mkdirSync(path, { recursive: true });
  const generated = generateStream();
  const git = (args: string[], input?: Buffer): void => {
    execFileSync('git', ['-C', path, ...args], { input, stdio: [input ? 'pipe' : 'ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
  };
  git(['init', '--quiet', '-b', 'main']);
  const marksPath = join(corpusDir, 'history-marks.txt');
  git(['fast-import', '--quiet', `--export-marks=${marksPath}`], generated.stream);
  git(['checkout', '--quiet', '-f', 'main']);
  const commits = readMarks(marksPath);
  const planted = generated.planted.map((secret) => ({ ...secret, commit: commits.get(secret.commitNumber) ?? '' }));
  const repo: HistoryRepo = { generatorVersion: historyGeneratorVersion, path, commits: commitCount, branches: generated.branches, streamBytes: generated.stream.length, planted };
  writeFileSync(manifestPath, `${JSON.stringify(repo, null, 2)}\n`);
  return { repo, isReused: false };
}

/** fast-import's marks file: ":<mark> <sha>" per line; marks are the commit numbers. */
function readMarks(path: string): Map<number, string> {
  const marks = new Map<number, string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [mark, sha] = line.split(' ');
    if (mark && sha) marks.set(Number(mark.slice(1)), sha);
  }
  return marks;
}

/** Builds the whole fast-import stream in memory: ~2,000 commits of small edits to a few hundred config and source files. */
function generateStream(): { stream: Buffer; planted: Omit<HistoryPlant, 'commit'>[]; branches: number } {
  const random = new SeededRandom(seed);
  const files = new Map<string, TrackedFile>();
  const chunks: Buffer[] = [];
  const planted: Omit<HistoryPlant, 'commit'>[] = [];
  const pendingRemovals: { path: string; line: string; dueAt: number }[] = [];
  let branches = 1;
  let plantedCount = 0;

  for (let i = 0; i < initialFileCount; i++) {
    const format = configFormats[i % configFormats.length]!;
    files.set(format.fileName(random, i), { format, lines: generateConfigLines(format, random, random.int(800, 8_000)) });
  }
  chunks.push(commitHeader(1, 'Initial import', random), ...[...files].map(([path, file]) => modifyCommand(path, file.lines)));

  for (let number = 2; number <= commitCount; number++) {
    const touched = new Set<string>();
    const paths = [...files.keys()];
    for (let edits = random.int(1, 3); edits > 0; edits--) {
      const path = random.pick(paths);
      editLines(files.get(path)!, random);
      touched.add(path);
    }
    if (random.chance(0.02)) {
      const format = random.pick(configFormats);
      const path = format.fileName(random, initialFileCount + number);
      files.set(path, { format, lines: generateConfigLines(format, random, random.int(500, 4_000)) });
      touched.add(path);
    }
    let message = random.pick(['Update', 'Tune', 'Fix', 'Refactor', 'Bump', 'Clean up']) + ` ${random.pick(paths).split('/')[1] ?? 'config'}`;
    if (random.chance(plantProbability)) {
      const kind = plantedKinds.filter((k) => k !== 'private-key')[plantedCount++ % (plantedKinds.length - 1)] as HistoryPlant['kind'];
      const path = random.pick([...touched]);
      const file = files.get(path)!;
      const lines = makeAssignments(kind, random).map(({ name, value }) => file.format.assign(name, value));
      file.lines.splice(random.int(0, file.lines.length), 0, ...lines);
      planted.push({ kind, path, commitNumber: number });
      pendingRemovals.push({ path, line: lines[0]!, dueAt: number + random.int(1, 30) });
      message = `Wire up ${kind.replace(/-/g, ' ')} for ${path.split('/')[0]}`;
    }
    for (const removal of pendingRemovals.filter((pending) => pending.dueAt === number)) {
      const file = files.get(removal.path);
      if (!file) continue;
      file.lines = file.lines.filter((line) => line !== removal.line);
      touched.add(removal.path);
      message = `Remove hard-coded credential from ${removal.path.split('/').pop()}`;
    }
    chunks.push(commitHeader(number, message, random), ...[...touched].map((path) => modifyCommand(path, files.get(path)!.lines)));
    if (number % 500 === 0) {
      chunks.push(Buffer.from(`reset refs/heads/release-${number / 500}\nfrom :${number}\n\n`));
      branches++;
    }
  }
  return { stream: Buffer.concat(chunks), planted, branches };
}

/** A typical edit: change a few lines, add a block, or drop a block. */
function editLines(file: TrackedFile, random: SeededRandom): void {
  const at = random.int(0, Math.max(0, file.lines.length - 1));
  const roll = random.next();
  if (roll < 0.5) file.lines.splice(at, random.int(1, 4), ...file.format.block(random).slice(0, random.int(1, 4)));
  else if (roll < 0.85) file.lines.splice(at, 0, ...file.format.block(random));
  else file.lines.splice(at, random.int(1, 8));
}

function commitHeader(number: number, message: string, random: SeededRandom): Buffer {
  const author = random.pick(authors);
  const email = `${author.toLowerCase().replace(/ /g, '.')}@acme.test`;
  const when = `${startEpochSeconds + number * 3_600 * 7 + random.int(0, 3_000)} +0000`;
  const body = `${message}\n`;
  return Buffer.from(
    `commit refs/heads/main\nmark :${number}\nauthor ${author} <${email}> ${when}\ncommitter ${author} <${email}> ${when}\ndata ${Buffer.byteLength(body)}\n${body}`,
  );
}

function modifyCommand(path: string, lines: readonly string[]): Buffer {
  const content = `${lines.join('\n')}\n`;
  return Buffer.from(`M 100644 inline ${path}\ndata ${Buffer.byteLength(content)}\n${content}\n`);
}
