import type { ScanError, ScanNotice } from '../../../../core/finding.ts';
import type { RelatedFileReader } from '../../../../core/source-file.ts';
import type { IacResource, SourcePosition } from '../../iac-resource.ts';
import { UnknownValue, type IacObject, type IacValue } from '../../iac-value.ts';
import { evaluateModuleCall, type ModuleCallResult } from './call-module.ts';
import { referencedNames, unknownReferences } from './collect-references.ts';
import { MAX_BLOCKS_PER_RESOURCE, MAX_DYNAMIC_INSTANCES, evaluateResourceBody, type UnknownDynamics } from './evaluate-body.ts';
import { evaluate, markResourceInstance, type EvaluationScope } from './evaluate-expression.ts';
import { MAX_INSTANCES, expandInstances, instanceSuffix, type Expansion } from './expand-instances.ts';
import type { HclBlock, TraversalStep } from './hcl-syntax.ts';
import type { TerraformModuleSource } from './load-module.ts';
import { moduleFileReader } from './module-paths.ts';
import { policyDocumentJson } from './policy-document.ts';
import { skipsForBlock } from './skip-comments.ts';
import { callFunction } from './terraform-functions.ts';

/** What every module of one evaluation (a root and the local modules it calls) shares. */
export interface ModuleContext {
  related: RelatedFileReader | undefined;
  /** Parsed module directories, cached across calls and files. */
  loadSource(directory: string): TerraformModuleSource;
  /** Evaluation steps left for the whole evaluation (hostile input). */
  budget: { remaining: number };
  /** Directories of the calling modules, outermost first, to stop cycles and runaway depth. */
  ancestors: readonly string[];
  notices: ScanNotice[];
  /** How `dynamic` blocks over unknown collections are evaluated, shared by the root and the modules it calls. */
  dynamics?: UnknownDynamics;
}

export interface ModuleEvaluationOptions {
  /** Values for the module's variables: tfvars and flags for a root module, call arguments for a child. */
  inputs: ReadonlyMap<string, IacValue>;
  /** `module.<call>.` for a child module evaluated through a call, '' for the root. */
  addressPrefix: string;
  context: ModuleContext;
}

/** A resource instance and the file whose scan reports it: its own, or the root file holding the module call. */
export interface EvaluatedResource {
  resource: IacResource;
  reportWith: string;
}

interface ResourceInstances {
  expansion: Expansion;
  instances: { key: string | number | undefined; attributes: IacObject; positions: ReadonlyMap<string, SourcePosition> }[];
}

// The wording of the size limits (`range longer than 100000`, `result longer than 100000
// elements`) and of the spent evaluation budget, which make a value unknown because it is too big.
const OVER_A_LIMIT = /longer than \d+|too large to evaluate/;

/**
 * Evaluates one module lazily: variables, locals, resources and module calls are worked out
 * when first referenced, each once, with a guard against reference cycles.
 */
export class ModuleEvaluator {
  readonly errors: ScanError[] = [];
  private readonly variables = new Map<string, IacValue>();
  private readonly locals = new Map<string, IacValue>();
  private readonly expanded = new Map<string, ResourceInstances>();
  private readonly moduleResults = new Map<string, ModuleCallResult>();
  private readonly inProgress = new Set<string>();
  readonly scope: EvaluationScope;

  constructor(
    readonly source: TerraformModuleSource,
    readonly options: ModuleEvaluationOptions,
  ) {
    const readFile = moduleFileReader(options.context.related, source.directory);
    this.scope = {
      bindings: new Map(),
      resolve: (name, steps) => this.resolve(name, steps),
      call: (name, args, expandLast, scope) => callFunction(name, args, expandLast, scope, readFile),
      budget: options.context.budget,
    };
  }

  /** Every resource and data source instance of the module, and of the local modules it calls. */
  resources(): EvaluatedResource[] {
    const all: EvaluatedResource[] = [];
    for (const [key, declared] of this.source.resources) {
      const { instances } = this.expand(key);
      const [typeOrData, ...rest] = key.split('.');
      // Data sources and provider configurations get a prefixed type (`data.aws_ami`, `provider.aws`); an unaliased provider is named `default`.
      const prefixed = typeOrData === 'data' || typeOrData === 'provider' ? typeOrData : undefined;
      const skips = skipsForBlock(this.source.comments.get(declared.path), declared.node.line, declared.node.endLine);
      const referenced = this.references(declared.node);
      for (let index = 0; index < instances.length; index++) {
        const instance = instances[index]!;
        const references = new Set(referenced);
        unknownReferences(instance.attributes, references);
        references.delete(this.options.addressPrefix + key);
        const resource: IacResource = {
          format: 'terraform', type: prefixed ? `${prefixed}.${rest[0]}` : typeOrData!, name: prefixed ? (rest[1] ?? 'default') : rest[0]!,
          address: this.options.addressPrefix + key + instanceSuffix(instance.key), path: declared.path,
          startLine: declared.node.line, endLine: declared.node.endLine, attributes: instance.attributes, positions: instance.positions,
          references: [...references],
        };
        if (skips) resource.skips = skips;
        all.push({ resource, reportWith: declared.path });
      }
    }
    for (const [name, declared] of this.source.moduleCalls) {
      // Resources of a called module are reported with the file holding the call.
      const children = this.moduleCall(name).resources;
      for (let index = 0; index < children.length; index++) all.push({ resource: children[index]!.resource, reportWith: declared.path });
    }
    return all;
  }

  output(name: string): IacValue {
    const declared = this.source.outputs.get(name);
    const value = declared?.node.body.attributes.find((attribute) => attribute.name === 'value');
    if (!value) return new UnknownValue(`the module has no output ${JSON.stringify(name)}`);
    return this.guarded(`output.${name}`, () => evaluate(value.expression, this.scope));
  }

  private references(block: HclBlock): Set<string> {
    // Which names are declared depends on the module's syntax only: worked out once per block, not per call.
    let declared = declaredReferences.get(block);
    if (!declared) {
      declared = [];
      for (const candidate of referencedNames(block.body)) {
        if (this.source.resources.has(candidate) || (candidate.startsWith('module.') && this.source.moduleCalls.has(candidate.slice(7)))) declared.push(candidate);
      }
      declaredReferences.set(block, declared);
    }
    const prefix = this.options.addressPrefix;
    const found = new Set<string>();
    for (let index = 0; index < declared.length; index++) found.add(prefix + declared[index]!);
    return found;
  }

  private resolve(name: string, steps: readonly TraversalStep[]): { value: IacValue; consumed: number } {
    const first = steps[0]?.kind === 'attribute' ? steps[0].name : undefined;
    const second = steps[1]?.kind === 'attribute' ? steps[1].name : undefined;
    switch (name) {
      case 'var':
        return { value: first === undefined ? new UnknownValue('var used without a name') : this.variable(first), consumed: 1 };
      case 'local':
        return { value: first === undefined ? new UnknownValue('local used without a name') : this.local(first), consumed: 1 };
      case 'path':
        return { value: first === 'module' ? this.source.directory || '.' : '.', consumed: 1 };
      case 'terraform':
        return { value: first === 'workspace' ? 'default' : new UnknownValue(`terraform.${first ?? ''} is not known`), consumed: 1 };
      case 'count':
      case 'each':
      case 'self':
        return { value: new UnknownValue(`${name} is not available here`), consumed: 0 };
      case 'module':
        return { value: first === undefined ? new UnknownValue('module used without a name') : this.moduleCall(first).outputs, consumed: 1 };
      case 'data':
        if (first !== undefined && second !== undefined && this.source.resources.has(`data.${first}.${second}`)) return { value: this.resourceValue(`data.${first}.${second}`), consumed: 2 };
        return { value: new UnknownValue(`data.${first ?? ''}.${second ?? ''} is not declared in this module`), consumed: 2 };
    }
    if (first !== undefined && this.source.resources.has(`${name}.${first}`)) return { value: this.resourceValue(`${name}.${first}`), consumed: 1 };
    return { value: new UnknownValue(`${name}${first ? `.${first}` : ''} is not declared in this module`), consumed: first === undefined ? 0 : 1 };
  }

  private variable(name: string): IacValue {
    const cached = this.variables.get(name);
    if (cached !== undefined) return cached;
    const declaration = this.source.variables.get(name)?.node;
    const value = this.options.inputs.has(name) ? convertToDeclaredType(this.options.inputs.get(name)!, declaration) : this.variableDefault(name, declaration);
    this.variables.set(name, value);
    return value;
  }

  private variableDefault(name: string, declaration: HclBlock | undefined): IacValue {
    if (!declaration) return new UnknownValue(`var.${name} is not declared`);
    const fallback = declaration.body.attributes.find((attribute) => attribute.name === 'default');
    if (!fallback) return new UnknownValue(`var.${name} has no default and no value was given`);
    return evaluate(fallback.expression, this.scope);
  }

  private local(name: string): IacValue {
    const cached = this.locals.get(name);
    if (cached !== undefined) return cached;
    const declared = this.source.locals.get(name);
    if (!declared) return new UnknownValue(`local.${name} is not declared`);
    const value = this.guarded(`local.${name}`, () => evaluate(declared.node.expression, this.scope));
    this.locals.set(name, value);
    return value;
  }

  private moduleCall(name: string): ModuleCallResult {
    const cached = this.moduleResults.get(name);
    if (cached) return cached;
    const address = `${this.options.addressPrefix}module.${name}`;
    const declared = this.source.moduleCalls.get(name);
    let result: ModuleCallResult;
    if (!declared) result = { outputs: new UnknownValue(`module.${name} is not declared`, [address]), resources: [] };
    else if (this.inProgress.has(`module.${name}`)) result = { outputs: new UnknownValue(`module.${name} refers to itself`, [address]), resources: [] };
    else {
      this.inProgress.add(`module.${name}`);
      try {
        result = evaluateModuleCall(this, declared, name, (source, options) => new ModuleEvaluator(source, options));
      } finally {
        this.inProgress.delete(`module.${name}`);
      }
    }
    this.moduleResults.set(name, result);
    return result;
  }

  /** The value other expressions see for a resource: one object, a list (count) or a map (for_each). */
  private resourceValue(key: string): IacValue {
    if (this.inProgress.has(key)) return new UnknownValue(`${key} refers to itself`, [this.options.addressPrefix + key]);
    const { expansion, instances } = this.expand(key);
    if (expansion.mode === 'unknown') return expansion.reason;
    if (expansion.mode === 'single') return instances[0]?.attributes ?? new UnknownValue(`${key} has no instance`);
    if (expansion.mode === 'count') return instances.map((instance) => instance.attributes);
    return Object.fromEntries(instances.map((instance) => [String(instance.key), instance.attributes])) as IacObject;
  }

  private expand(key: string): ResourceInstances {
    const cached = this.expanded.get(key);
    if (cached) return cached;
    const declared = this.source.resources.get(key)!;
    const address = this.options.addressPrefix + key;
    this.inProgress.add(key);
    let result: ResourceInstances;
    try {
      const expansion = expandInstances(declared.node.body, this.scope, address);
      this.noteCapped(expansion, address, declared.path);
      const instances = expansion.instances.map(({ key: instanceKey, bindings }) => {
        const scope = Object.keys(bindings).length === 0 ? this.scope : { bindings: new Map(Object.entries(bindings)), resolve: this.scope.resolve, call: this.scope.call, budget: this.scope.budget };
        const evaluated = evaluateResourceBody(declared.node.body, scope, this.options.context.dynamics);
        if (evaluated.truncated) this.noteTruncated(address + instanceSuffix(instanceKey), declared.path);
        // The provider renders a policy document's `json` from its statements; other resources take it.
        if (key.startsWith('data.aws_iam_policy_document.')) {
          const json = policyDocumentJson(evaluated.attributes);
          if (json !== undefined) evaluated.attributes['json'] = json;
        }
        const attributes = markResourceInstance(evaluated.attributes, address + instanceSuffix(instanceKey));
        return { key: instanceKey, attributes, positions: evaluated.positions };
      });
      result = { expansion, instances };
    } finally {
      this.inProgress.delete(key);
    }
    this.expanded.set(key, result);
    return result;
  }

  noteCapped(expansion: Expansion, address: string, path: string): void {
    if (expansion.mode === 'unknown' && OVER_A_LIMIT.test(expansion.reason.reason)) {
      this.options.context.notices.push({ path, code: 'RAMPART_N_IAC_EXPANSION_CAPPED', message: `${address}: its count or for_each is too large to evaluate (${expansion.reason.reason}); it was checked as one instance with unknown keys` });
      return;
    }
    if (expansion.requested <= MAX_INSTANCES) return;
    this.options.context.notices.push({ path, code: 'RAMPART_N_IAC_EXPANSION_CAPPED', message: `${address} expands to ${expansion.requested} instances; only the first ${MAX_INSTANCES} were checked` });
  }

  private noteTruncated(address: string, path: string): void {
    this.options.context.notices.push({ path, code: 'RAMPART_N_IAC_EXPANSION_CAPPED', message: `${address} has more nested blocks than rampart evaluates (over ${MAX_DYNAMIC_INSTANCES} from one dynamic block or ${MAX_BLOCKS_PER_RESOURCE} in all); the rest are unknown` });
  }

  private guarded(key: string, work: () => IacValue): IacValue {
    if (this.inProgress.has(key)) return new UnknownValue(`${key} refers to itself`);
    this.inProgress.add(key);
    try {
      return work();
    } finally {
      this.inProgress.delete(key);
    }
  }
}

/** Per resource block, the names it refers to that its module declares (a block belongs to one module's syntax). */
const declaredReferences = new WeakMap<HclBlock, string[]>();

/** Values given as text (`-var port=22`, tfvars strings) take the variable's declared primitive type. */
function convertToDeclaredType(value: IacValue, declaration: HclBlock | undefined): IacValue {
  const type = declaration?.body.attributes.find((attribute) => attribute.name === 'type')?.expression;
  if (type?.kind !== 'scope' || typeof value !== 'string') return value;
  if (type.name === 'number' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (type.name === 'bool' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}
