import type { ScanError, ScanNotice } from '../../../../core/finding.ts';
import type { RelatedFileReader, SourceFile } from '../../../../core/source-file.ts';
import type { IacResource } from '../../iac-resource.ts';
import { ResourceGraph } from '../../resource-graph.ts';
import type { IacFormatReader, IacReadOptions, IacReadResult } from '../iac-format-reader.ts';
import { ModuleEvaluator } from './evaluate-module.ts';
import { directoryOf, isTerraformSource, loadModuleSource } from './load-module.ts';
import { rootVariableValues } from './load-variables.ts';

/** Evaluation steps one module directory may take (expressions, calls, instances) before values turn unknown. */
export const MODULE_EVALUATION_BUDGET = 5_000_000;

/** Module directories kept evaluated per scanner; files of one directory are usually scanned together. */
const CACHED_MODULES = 16;

interface EvaluatedModule {
  resources: IacResource[];
  graph: ResourceGraph;
  errors: ScanError[];
  notices: ScanNotice[];
  files: ReadonlySet<string>;
  /** Problems of files that are not scanned as Terraform (a broken `.tfvars`) are reported with this one. */
  firstFile: string;
}

/**
 * Terraform: a `.tf` file is judged as part of its module, every `.tf` file of its directory,
 * evaluated once per directory and scanner. Only resources written in the scanned file are
 * reported for it; the whole module is the graph rules join against.
 */
export const terraformReader: IacFormatReader = {
  format: 'terraform',
  claimsPath: (path) => isTerraformSource(path),
  read(file: SourceFile, text: string, options: IacReadOptions): IacReadResult {
    const directory = directoryOf(file.path);
    const cache = moduleCache(options);
    let evaluated = cache.get(directory);
    if (!evaluated) {
      evaluated = evaluateRootModule(directory, file, text, options);
      cache.set(directory, evaluated);
      if (cache.size > CACHED_MODULES) cache.delete(cache.keys().next().value!);
    }
    return {
      resources: evaluated.resources.filter((resource) => resource.path === file.path),
      graph: evaluated.graph,
      errors: evaluated.errors.filter((error) => reportedWith(evaluated, error.path, file.path)),
      notices: evaluated.notices.filter((notice) => reportedWith(evaluated, notice.path ?? '', file.path)),
    };
  },
};

function reportedWith(evaluated: EvaluatedModule, problemPath: string, scannedPath: string): boolean {
  return problemPath === scannedPath || (!evaluated.files.has(problemPath) && scannedPath === evaluated.firstFile);
}

function moduleCache(options: IacReadOptions): Map<string, EvaluatedModule> {
  const session = options.session;
  if (!session) return new Map();
  let cache = session.get('terraform-modules') as Map<string, EvaluatedModule> | undefined;
  if (!cache) {
    cache = new Map();
    session.set('terraform-modules', cache);
  }
  return cache;
}

function evaluateRootModule(directory: string, file: SourceFile, text: string, options: IacReadOptions): EvaluatedModule {
  const related = file.related;
  const source = loadModuleSource(directory, related, new Map([[file.path, text]]));
  const variables = rootVariableValues(directory, related, options);
  const evaluator = new ModuleEvaluator(source, {
    inputs: variables.values,
    addressPrefix: '',
    readFile: moduleFileReader(related, directory),
    budget: { remaining: MODULE_EVALUATION_BUDGET },
  });
  const resources = evaluator.resources();
  return {
    resources, graph: new ResourceGraph(resources), errors: [...source.errors, ...variables.errors, ...evaluator.errors], notices: evaluator.notices,
    files: new Set(source.files), firstFile: source.files[0] ?? file.path,
  };
}

/** `file("${path.module}/policy.json")` and plain relative paths, read through the guarded reader. */
function moduleFileReader(related: RelatedFileReader | undefined, directory: string): (path: string) => string | undefined {
  return (path) => {
    if (!related) return undefined;
    const relative = path.startsWith('./') ? path.slice(2) : path;
    const joined = relative.startsWith(`${directory}/`) || directory === '' ? relative : `${directory}/${relative}`;
    return related.read(normalise(joined));
  };
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}
