import type { ScanError, ScanNotice } from '../../../../core/finding.ts';
import type { RelatedFileReader, SourceFile } from '../../../../core/source-file.ts';
import type { IacResource } from '../../iac-resource.ts';
import { ResourceGraph } from '../../resource-graph.ts';
import type { IacFormatReader, IacReadOptions, IacReadResult, IacWorld } from '../iac-format-reader.ts';
import type { UnknownDynamics } from './evaluate-body.ts';
import { ModuleEvaluator, type EvaluatedResource } from './evaluate-module.ts';
import { directoryOf, isTerraformSource, loadModuleSource, type TerraformModuleSource } from './load-module.ts';
import { rootVariableValues } from './load-variables.ts';
import { calledModuleDirectories } from './module-call-index.ts';

/** Evaluation steps one root module (with the local modules it calls) may take before values turn unknown. */
export const MODULE_EVALUATION_BUDGET = 5_000_000;

/** Evaluated root modules kept per scanner; files of one directory are usually scanned together. */
const CACHED_MODULES = 16;
/** Parsed module directories kept per scanner, for local modules called from many places. */
const CACHED_SOURCES = 256;

interface EvaluatedModule {
  resources: EvaluatedResource[];
  graph: ResourceGraph;
  errors: ScanError[];
  notices: ScanNotice[];
  files: ReadonlySet<string>;
  /** Files of the module not scanned yet: once none is left, the evaluation is dropped from the cache. */
  unscanned: Set<string>;
  /** Set when a `dynamic` block iterates over an unknown collection: the module without those blocks, then with one of each. */
  worlds?: IacWorld[];
  /** Problems of files that are not scanned as Terraform (a broken `.tfvars`) are reported with this one. */
  firstFile: string;
}

interface TerraformSession {
  modules: Map<string, EvaluatedModule>;
  sources: Map<string, TerraformModuleSource>;
  called?: Set<string>;
}

/**
 * Terraform: a `.tf` file is judged as part of its module, every `.tf` file of its directory,
 * evaluated once per directory and scanner. Only resources written in the scanned file are
 * reported for it, plus those of the local modules it calls (evaluated with the call's
 * arguments); the whole evaluation is the graph rules join against. A directory that other
 * directories call as a module is reported through those calls only, so each finding appears once
 * per module instance.
 */
export const terraformReader: IacFormatReader = {
  format: 'terraform',
  claimsPath: (path) => isTerraformSource(path),
  read(file: SourceFile, text: string, options: IacReadOptions): IacReadResult {
    const directory = directoryOf(file.path);
    const session = terraformSession(options);
    let evaluated = remember(session.modules, directory, CACHED_MODULES);
    if (!evaluated) {
      try {
        evaluated = evaluateRootModule(directory, file, text, options, session);
      } catch (cause) {
        // Guards bound nesting and work; should something still recurse too deep, the file is reported, not the scan lost.
        if (!(cause instanceof RangeError)) throw cause;
        return { resources: [], errors: [{ path: file.path, line: 1, code: 'RAMPART_E_PARSE', message: `the Terraform module in ${directory || '.'} is too deeply nested to evaluate: ${cause.message}` }], notices: [] };
      }
      remember(session.modules, directory, CACHED_MODULES, evaluated);
    }
    const reported = evaluated.resources.filter((entry) => entry.reportWith === file.path).map((entry) => entry.resource);
    // A directory's files are scanned one after another: once the last is, its evaluation goes.
    // Kept until the cache evicted it, the garbage collector copied every module's values twice.
    evaluated.unscanned.delete(file.path);
    if (evaluated.unscanned.size === 0) session.modules.delete(directory);
    return {
      resources: reported,
      graph: evaluated.graph,
      errors: evaluated.errors.filter((error) => reportedWith(evaluated, error.path, file.path)),
      notices: evaluated.notices.filter((notice) => reportedWith(evaluated, notice.path ?? '', file.path)),
      ...(evaluated.worlds ? { worlds: evaluated.worlds } : {}),
    };
  },
};

function evaluateRootModule(directory: string, file: SourceFile, text: string, options: IacReadOptions, session: TerraformSession): EvaluatedModule {
  const related = file.related;
  const known = new Map([[file.path, text]]);
  const loadSource = (path: string): TerraformModuleSource => {
    const cached = remember(session.sources, path, CACHED_SOURCES);
    if (cached) return cached;
    const loaded = loadModuleSource(path, related, path === directory ? known : new Map());
    // A root module's own syntax serves only this evaluation, whose result is cached itself;
    // kept alive, a hundred stacks' syntax would only slow the garbage collector. Every call of a
    // local module reuses its syntax, so those are kept.
    if (path !== directory || !related || isCalledModule(related, directory, session)) remember(session.sources, path, CACHED_SOURCES, loaded);
    return loaded;
  };
  const source = loadSource(directory);
  const files = new Set(source.files);
  const firstFile = source.files[0] ?? file.path;
  if (related && isCalledModule(related, directory, session)) {
    // Checked through its callers; only its own syntax errors are reported here.
    return { resources: [], graph: new ResourceGraph([]), errors: source.errors, notices: [], files, unscanned: new Set(files), firstFile };
  }
  const variables = rootVariableValues(directory, related, options);
  const notices: ScanNotice[] = [];
  const evaluate = (dynamics: UnknownDynamics, noticesInto: ScanNotice[]): ModuleEvaluator =>
    new ModuleEvaluator(source, {
      inputs: variables.values,
      addressPrefix: '',
      context: { related, loadSource, budget: { remaining: MODULE_EVALUATION_BUDGET }, ancestors: [], notices: noticesInto, dynamics },
    });
  const dynamics: UnknownDynamics = { mode: 'unknown', seen: false };
  const evaluator = evaluate(dynamics, notices);
  const resources = evaluator.resources();
  const graph = new ResourceGraph(resources.map((entry): IacResource => entry.resource));
  const evaluated: EvaluatedModule = { resources, graph, errors: [...source.errors, ...variables.errors, ...evaluator.errors], notices: dedupe(notices), files, unscanned: new Set(files), firstFile };
  // Rare, and only then evaluated twice more; their errors and notices repeat the first evaluation's.
  if (dynamics.seen) {
    evaluated.worlds = (['none', 'one'] as const).map((mode): IacWorld => {
      const world = evaluate({ mode, seen: false }, []).resources().map((entry) => entry.resource);
      return { resources: new Map(world.map((resource) => [resource.address, resource])), graph: new ResourceGraph(world) };
    });
  }
  return evaluated;
}

function isCalledModule(related: RelatedFileReader, directory: string, session: TerraformSession): boolean {
  session.called ??= calledModuleDirectories(related);
  return session.called.has(directory);
}

function reportedWith(evaluated: EvaluatedModule, problemPath: string, scannedPath: string): boolean {
  return problemPath === scannedPath || (!evaluated.files.has(problemPath) && scannedPath === evaluated.firstFile);
}

function dedupe(notices: readonly ScanNotice[]): ScanNotice[] {
  const seen = new Set<string>();
  return notices.filter((notice) => {
    const key = `${notice.code}\0${notice.path ?? ''}\0${notice.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function terraformSession(options: IacReadOptions): TerraformSession {
  const fresh = (): TerraformSession => ({ modules: new Map(), sources: new Map() });
  if (!options.session) return fresh();
  let session = options.session.get('terraform') as TerraformSession | undefined;
  if (!session) {
    session = fresh();
    options.session.set('terraform', session);
  }
  return session;
}

/** A small LRU over a Map: reading refreshes an entry, writing evicts the oldest beyond `limit`. */
function remember<T>(cache: Map<string, T>, key: string, limit: number, value?: T): T | undefined {
  if (value === undefined) {
    const found = cache.get(key);
    if (found !== undefined) {
      cache.delete(key);
      cache.set(key, found);
    }
    return found;
  }
  cache.set(key, value);
  if (cache.size > limit) cache.delete(cache.keys().next().value!);
  return value;
}
