import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface WorkflowCorpus {
  /** Folder holding `copy-NN/.github/workflows/*.yml`, scanned by both tools. */
  rootDir: string;
  /** Distinct workflows found in the shared corpus. */
  sources: number;
  copies: number;
  files: number;
  bytes: number;
}

// A top-level `jobs:` key: what makes a YAML file a workflow rather than an action, dependabot or k8s file.
const topLevelJobs = /^jobs\s*:/m;

/**
 * Replicates every GitHub workflow of the shared corpus (read in place, never committed) into
 * `copies` sample repositories under `outDir`, each as `.github/workflows/<flattened path>.yml`
 * so both tools see them where GitHub would. Each copy ends with its own comment, so no tool can
 * treat two copies as one file; line numbers are unchanged.
 */
export function buildWorkflowCorpus(sharedCorpusDir: string, outDir: string, copies: number): WorkflowCorpus {
  const sources = findWorkflows(sharedCorpusDir);
  if (sources.length === 0) throw new Error(`no GitHub workflows found under ${sharedCorpusDir}`);
  rmSync(outDir, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  for (let copy = 1; copy <= copies; copy++) {
    const workflowsDir = join(outDir, `copy-${String(copy).padStart(2, '0')}`, '.github', 'workflows');
    mkdirSync(workflowsDir, { recursive: true });
    for (const source of sources) {
      const text = readFileSync(source, 'utf8');
      const content = `${text}${text.endsWith('\n') ? '' : '\n'}# bench copy ${copy}\n`;
      const name = relative(sharedCorpusDir, source).replaceAll('/', '__').replace(/\.yaml$/, '.yml');
      writeFileSync(join(workflowsDir, name), content);
      files += 1;
      bytes += Buffer.byteLength(content);
    }
  }
  return { rootDir: outDir, sources: sources.length, copies, files, bytes };
}

function findWorkflows(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(root, name))
    .filter((path) => statSync(path).isFile() && topLevelJobs.test(readFileSync(path, 'utf8')))
    .sort();
}
