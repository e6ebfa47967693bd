import type { ScanError } from '../../../core/finding.ts';
import type { RelatedFileReader } from '../../../core/source-file.ts';
import { NodeBudgetExceeded } from '../yaml-source.ts';
import { buildGitlabPipeline } from './build-gitlab-pipeline.ts';
import type { GitlabPipeline } from './gitlab-model.ts';
import { loadLocalIncludes } from './load-local-includes.ts';
import { readGitlabFile } from './read-gitlab-file.ts';

/**
 * Node visits for a whole pipeline, includes and `extends:` together: far above real pipelines,
 * far below an alias bomb. It grows with the text read (each included file adds its share), so a
 * legitimate 10,000-job pipeline fits while a short file cannot expand into millions of nodes.
 */
export function nodeVisitsFor(text: string): number {
  return 500_000 + 4 * text.length;
}

export interface GitlabReadOutcome {
  pipeline: GitlabPipeline | undefined;
  /** Parse errors of the entry file or of included files, each at its own path and line. */
  errors: ScanError[];
}

/** Reads a `.gitlab-ci.yml` and the local files it includes into one positioned model; never throws on bad input. */
export function readGitlabPipeline(path: string, text: string, related: RelatedFileReader | undefined): GitlabReadOutcome {
  const budget = { remaining: nodeVisitsFor(text), limit: nodeVisitsFor(text) };
  const read = readGitlabFile(path, text, budget);
  if (!read.document) return { pipeline: undefined, errors: read.errors };
  try {
    const loaded = loadLocalIncludes(read.document, related, budget);
    const built = buildGitlabPipeline(loaded);
    return {
      pipeline: {
        entry: read.document.file,
        files: loaded.documents.map((document) => document.file),
        includes: loaded.includes,
        variables: built.variables,
        workflowRules: built.workflowRules,
        jobs: built.jobs,
        templates: built.templates,
        unresolved: loaded.unresolved,
      },
      errors: loaded.errors,
    };
  } catch (cause) {
    if (cause instanceof NodeBudgetExceeded) return { pipeline: undefined, errors: [{ path, code: 'RAMPART_E_PARSE', line: 1, message: `${cause.message}; includes and extends: counted` }] };
    throw cause;
  }
}
