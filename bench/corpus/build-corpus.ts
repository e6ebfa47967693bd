import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { configFormats, generateConfigLines, type ConfigFormat } from './config-formats.ts';
import { makeAssignments, makePrivateKeyLines, plantedKinds, type PlantedKind, type PlantedSecret } from './planted-secrets.ts';
import { SeededRandom } from './seeded-random.ts';
import { listVendorPackages, type VendorPackage } from './vendor-files.ts';

/** Bump when the generator's output changes, so an old corpus on disk is rebuilt rather than reused. */
export const corpusGeneratorVersion = 5;

const seed = 0x5eed_2024;
const minTotalBytes = 230_000_000;
const minGeneratedBytes = 40_000_000;
/** About one generated file in ten gets a planted secret. */
const plantProbability = 0.1;
const secretlintSampleVendorBytes = 16_000_000;

export interface CorpusPart {
  /** Folder relative to the tree root: part-1, part-2. */
  dir: string;
  files: number;
  bytes: number;
}

export interface CorpusManifest {
  generatorVersion: number;
  toolsLockDigest: string;
  /** Scan root: every tool reads this folder. */
  treeDir: string;
  files: number;
  bytes: number;
  vendorPackages: number;
  vendorBytes: number;
  generatedFiles: number;
  generatedBytes: number;
  parts: CorpusPart[];
  /** A fixed subset (folders relative to the tree root) for tools too slow for the whole corpus. */
  sample: { dirs: string[]; files: number; bytes: number };
  planted: PlantedSecret[];
}

interface CorpusOptions {
  corpusDir: string;
  toolsNodeModules: string;
  toolsLockFile: string;
}

/** Returns the corpus manifest, building the corpus only when it is missing or stale. */
export function ensureCorpus(options: CorpusOptions): { manifest: CorpusManifest; isReused: boolean } {
  const manifestPath = join(options.corpusDir, 'corpus.json');
  const toolsLockDigest = createHash('sha256').update(readFileSync(options.toolsLockFile)).digest('hex').slice(0, 16);
  if (existsSync(manifestPath)) {
    const existing = JSON.parse(readFileSync(manifestPath, 'utf8')) as CorpusManifest;
    if (existing.generatorVersion === corpusGeneratorVersion && existing.toolsLockDigest === toolsLockDigest && existsSync(existing.treeDir)) {
      return { manifest: existing, isReused: true };
    }
  }
  const manifest = buildCorpus(options, toolsLockDigest);
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, isReused: false };
}

function buildCorpus(options: CorpusOptions, toolsLockDigest: string): CorpusManifest {
  const treeDir = join(options.corpusDir, 'tree');
  rmSync(treeDir, { recursive: true, force: true });
  const parts: CorpusPart[] = [1, 2].map((n) => ({ dir: `part-${n}`, files: 0, bytes: 0 }));
  const smaller = (): CorpusPart => (parts[0]!.bytes <= parts[1]!.bytes ? parts[0]! : parts[1]!);

  const packages = listVendorPackages(options.toolsNodeModules);
  const sample = { dirs: [] as string[], files: 0, bytes: 0 };
  let vendorBytes = 0;
  for (const pkg of packages) {
    const part = smaller();
    const dir = `${part.dir}/vendor/${pkg.id}`;
    copyPackage(pkg, join(treeDir, dir));
    part.files += pkg.files.length;
    part.bytes += pkg.bytes;
    vendorBytes += pkg.bytes;
    // Whole packages that fit the budget, so one huge package cannot turn the sample into half the corpus.
    if (part === parts[0] && sample.bytes + pkg.bytes <= secretlintSampleVendorBytes) {
      sample.dirs.push(dir);
      sample.files += pkg.files.length;
      sample.bytes += pkg.bytes;
    }
  }

  const generated = generateConfigFiles(treeDir, parts, Math.max(minGeneratedBytes, minTotalBytes - vendorBytes));
  sample.dirs.push(`${parts[0]!.dir}/generated`);
  sample.files += generated.filesByPart[0]!;
  sample.bytes += generated.bytesByPart[0]!;

  const files = parts.reduce((sum, part) => sum + part.files, 0);
  const bytes = parts.reduce((sum, part) => sum + part.bytes, 0);
  return {
    generatorVersion: corpusGeneratorVersion,
    toolsLockDigest,
    treeDir,
    files,
    bytes,
    vendorPackages: packages.length,
    vendorBytes,
    generatedFiles: generated.files,
    generatedBytes: bytes - vendorBytes,
    parts,
    sample,
    planted: generated.planted,
  };
}

function copyPackage(pkg: VendorPackage, destination: string): void {
  for (const file of pkg.files) {
    const target = join(destination, file.relative);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file.absolute, target);
  }
}

interface GeneratedSummary {
  files: number;
  filesByPart: number[];
  bytesByPart: number[];
  planted: PlantedSecret[];
}

/** Writes config files alternately into each part until the byte budget is spent, planting secrets as it goes. */
function generateConfigFiles(treeDir: string, parts: CorpusPart[], budgetBytes: number): GeneratedSummary {
  const random = new SeededRandom(seed);
  const summary: GeneratedSummary = { files: 0, filesByPart: parts.map(() => 0), bytesByPart: parts.map(() => 0), planted: [] };
  let written = 0;
  let plantedCount = 0;
  for (let index = 0; written < budgetBytes; index++) {
    const partIndex = index % parts.length;
    const format = configFormats[index % configFormats.length]!;
    const path = `${parts[partIndex]!.dir}/generated/${format.fileName(random, index)}`;
    const lines = generateConfigLines(format, random, random.int(2_000, 24_000));
    const extraFiles: { path: string; lines: string[] }[] = [];
    if (random.chance(plantProbability)) {
      const kind = plantedKinds[plantedCount++ % plantedKinds.length]!;
      const planted = plantSecret(kind, format, lines, path, random);
      summary.planted.push(planted.secret);
      if (planted.extraFile) extraFiles.push(planted.extraFile);
    }
    for (const file of [{ path, lines }, ...extraFiles]) {
      const text = `${file.lines.join('\n')}\n`;
      const target = join(treeDir, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
      const bytes = Buffer.byteLength(text);
      written += bytes;
      parts[partIndex]!.files++;
      parts[partIndex]!.bytes += bytes;
      summary.files++;
      summary.filesByPart[partIndex]!++;
      summary.bytesByPart[partIndex]! += bytes;
    }
  }
  return summary;
}

/** Inserts one fake secret into the lines (or, for a key outside YAML, into a .pem file beside them). */
function plantSecret(kind: PlantedKind, format: ConfigFormat, lines: string[], path: string, random: SeededRandom): { secret: PlantedSecret; extraFile?: { path: string; lines: string[] } } {
  if (kind === 'private-key') {
    const keyLines = makePrivateKeyLines(random);
    if (format.id === 'kubernetes') {
      const at = random.int(0, lines.length);
      lines.splice(at, 0, '  tls.key: |', ...keyLines.map((line) => `    ${line}`));
      return { secret: { kind, path, line: at + 2 } };
    }
    const keyPath = `${dirname(path)}/keys/deploy-${random.hex(6)}.pem`;
    return { secret: { kind, path: keyPath, line: 1 }, extraFile: { path: keyPath, lines: keyLines } };
  }
  const at = random.int(0, lines.length);
  lines.splice(at, 0, ...makeAssignments(kind, random).map(({ name, value }) => format.assign(name, value)));
  return { secret: { kind, path, line: at + 1 } };
}
