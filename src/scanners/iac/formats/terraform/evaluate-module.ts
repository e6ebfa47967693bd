import type { ScanError, ScanNotice } from '../../../../core/finding.ts';
import type { IacResource, SourcePosition } from '../../iac-resource.ts';
import { UnknownValue, isIacObject, isUnknown, type IacObject, type IacValue } from '../../iac-value.ts';
import { evaluateResourceBody } from './evaluate-body.ts';
import { evaluate, markResourceInstance, type EvaluationScope } from './evaluate-expression.ts';
import { referencedNames, unknownReferences } from './collect-references.ts';
import type { HclBlock, TraversalStep } from './hcl-syntax.ts';
import type { Declared, TerraformModuleSource } from './load-module.ts';
import { skipsForBlock } from './skip-comments.ts';
import { callFunction, type ModuleFileReader } from './terraform-functions.ts';

/** Most instances one `count` or `for_each` expands to; the rest are left out with a notice. */
export const MAX_INSTANCES = 1000;

export interface ModuleEvaluationOptions {
  /** Values for the module's variables: tfvars and flags for a root module, call arguments for a child. */
  inputs: ReadonlyMap<string, IacValue>;
  /** `module.<call>.` for a child module evaluated through a call, '' for the root. */
  addressPrefix: string;
  readFile: ModuleFileReader;
  budget: { remaining: number };
  /** Evaluates a `module` block; absent until local modules are supported by the caller. */
  callModule?: (call: Declared<HclBlock>, name: string, scope: EvaluationScope) => ModuleCallResult;
}

export interface ModuleCallResult {
  outputs: IacValue;
  resources: IacResource[];
}

interface Instance {
  key: string | number | undefined;
  attributes: IacObject;
  positions: Map<string, SourcePosition>;
}

type Expansion = { mode: 'single' | 'count' | 'for_each'; instances: Instance[] } | { mode: 'unknown'; instances: Instance[]; reason: UnknownValue };

/**
 * Evaluates one module lazily: variables, locals, resources and module calls are worked out
 * when first referenced, each once, with a guard against reference cycles.
 */
export class ModuleEvaluator {
  readonly notices: ScanNotice[] = [];
  readonly errors: ScanError[] = [];
  private readonly variables = new Map<string, IacValue>();
  private readonly locals = new Map<string, IacValue>();
  private readonly expansions = new Map<string, Expansion>();
  private readonly moduleResults = new Map<string, ModuleCallResult>();
  private readonly inProgress = new Set<string>();
  private readonly scope: EvaluationScope;

  constructor(
    readonly source: TerraformModuleSource,
    private readonly options: ModuleEvaluationOptions,
  ) {
    this.scope = {
      bindings: new Map(),
      resolve: (name, steps) => this.resolve(name, steps),
      call: (name, args, expandLast, scope) => callFunction(name, args, expandLast, scope, options.readFile),
      budget: options.budget,
    };
  }

  /** Every resource and data source instance of the module, and of the modules it calls. */
  resources(): IacResource[] {
    const all: IacResource[] = [];
    for (const [key, declared] of this.source.resources) {
      const expansion = this.expand(key);
      const [typeOrData, ...rest] = key.split('.');
      const isData = typeOrData === 'data';
      const type = isData ? `data.${rest[0]}` : typeOrData!;
      const name = isData ? rest[1]! : rest[0]!;
      const skips = skipsForBlock(this.source.comments.get(declared.path), declared.node.line, declared.node.endLine);
      const referenced = this.references(declared.node);
      for (const instance of expansion.instances) {
        const references = new Set(referenced);
        unknownReferences(instance.attributes, references);
        references.delete(this.options.addressPrefix + key);
        all.push({
          format: 'terraform', type, name, address: this.options.addressPrefix + key + instanceSuffix(instance.key), path: declared.path,
          startLine: declared.node.line, endLine: declared.node.endLine, attributes: instance.attributes, positions: instance.positions,
          references: [...references], ...(skips ? { skips } : {}),
        });
      }
    }
    for (const name of this.source.moduleCalls.keys()) all.push(...this.moduleCall(name).resources);
    return all;
  }

  output(name: string): IacValue {
    const declared = this.source.outputs.get(name);
    const value = declared?.node.body.attributes.find((attribute) => attribute.name === 'value');
    if (!value) return new UnknownValue(`the module has no output ${JSON.stringify(name)}`);
    return this.guarded(`output.${name}`, () => evaluate(value.expression, this.scope));
  }

  private references(block: HclBlock): Set<string> {
    const found = new Set<string>();
    for (const candidate of referencedNames(block.body)) {
      if (this.source.resources.has(candidate) || (candidate.startsWith('module.') && this.source.moduleCalls.has(candidate.slice(7)))) found.add(this.options.addressPrefix + candidate);
    }
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
    const value = this.options.inputs.has(name) ? convertToDeclaredType(this.options.inputs.get(name)!, this.source.variables.get(name)?.node) : this.variableDefault(name);
    this.variables.set(name, value);
    return value;
  }

  private variableDefault(name: string): IacValue {
    const declared = this.source.variables.get(name);
    if (!declared) return new UnknownValue(`var.${name} is not declared`);
    const fallback = declared.node.body.attributes.find((attribute) => attribute.name === 'default');
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
    const declared = this.source.moduleCalls.get(name);
    const address = `${this.options.addressPrefix}module.${name}`;
    let result: ModuleCallResult;
    if (!declared) result = { outputs: new UnknownValue(`module.${name} is not declared`, [address]), resources: [] };
    else if (!this.options.callModule || this.inProgress.has(`module.${name}`)) result = { outputs: new UnknownValue(`outputs of module.${name} are not evaluated`, [address]), resources: [] };
    else {
      this.inProgress.add(`module.${name}`);
      try {
        result = this.options.callModule(declared, name, this.scope);
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
    const expansion = this.expand(key);
    if (expansion.mode === 'unknown') return expansion.reason;
    if (expansion.mode === 'single') return expansion.instances[0]?.attributes ?? new UnknownValue(`${key} has no instance`);
    if (expansion.mode === 'count') return expansion.instances.map((instance) => instance.attributes);
    return Object.fromEntries(expansion.instances.map((instance) => [String(instance.key), instance.attributes])) as IacObject;
  }

  private expand(key: string): Expansion {
    const cached = this.expansions.get(key);
    if (cached) return cached;
    const declared = this.source.resources.get(key)!;
    this.inProgress.add(key);
    let expansion: Expansion;
    try {
      expansion = this.expandBlock(key, declared);
    } finally {
      this.inProgress.delete(key);
    }
    this.expansions.set(key, expansion);
    return expansion;
  }

  private expandBlock(key: string, declared: Declared<HclBlock>): Expansion {
    const address = this.options.addressPrefix + key;
    const block = declared.node;
    const count = block.body.attributes.find((attribute) => attribute.name === 'count');
    const forEach = block.body.attributes.find((attribute) => attribute.name === 'for_each');
    const instance = (instanceKey: string | number | undefined, bindings: Record<string, IacValue>): Instance => {
      const positions = new Map<string, SourcePosition>();
      const scope = Object.keys(bindings).length === 0 ? this.scope : { ...this.scope, bindings: new Map(Object.entries(bindings)) };
      const attributes = markResourceInstance(evaluateResourceBody(block.body, scope, positions), address + instanceSuffix(instanceKey));
      return { key: instanceKey, attributes, positions };
    };
    if (count) {
      const value = evaluate(count.expression, this.scope);
      if (isUnknown(value) || typeof value !== 'number') {
        const reason = isUnknown(value) ? value : new UnknownValue(`count of ${address} is not a number`);
        return { mode: 'unknown', reason: new UnknownValue(`the instances of ${address} are unknown: ${reason.reason}`, [address]), instances: [instance(undefined, { count: { index: reason } })] };
      }
      const total = this.capped(Math.max(0, Math.floor(value)), address, declared.path);
      return { mode: 'count', instances: Array.from({ length: total }, (_, index) => instance(index, { count: { index } })) };
    }
    if (forEach) {
      const value = evaluate(forEach.expression, this.scope);
      const entries = forEachEntries(value);
      if (!entries) {
        const reason = isUnknown(value) ? value : new UnknownValue(`for_each of ${address} is not a map or set`);
        return { mode: 'unknown', reason: new UnknownValue(`the instances of ${address} are unknown: ${reason.reason}`, [address]), instances: [instance(undefined, { each: { key: reason, value: reason } })] };
      }
      const total = this.capped(entries.length, address, declared.path);
      return { mode: 'for_each', instances: entries.slice(0, total).map(([entryKey, entryValue]) => instance(entryKey, { each: { key: entryKey, value: entryValue } })) };
    }
    return { mode: 'single', instances: [instance(undefined, {})] };
  }

  private capped(total: number, address: string, path: string): number {
    if (total <= MAX_INSTANCES) return total;
    this.notices.push({ path, code: 'RAMPART_N_IAC_EXPANSION_CAPPED', message: `${address} expands to ${total} instances; only the first ${MAX_INSTANCES} were checked` });
    return MAX_INSTANCES;
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

/** Values given as text (`-var port=22`, tfvars strings) take the variable's declared primitive type. */
function convertToDeclaredType(value: IacValue, declaration: HclBlock | undefined): IacValue {
  const type = declaration?.body.attributes.find((attribute) => attribute.name === 'type')?.expression;
  if (type?.kind !== 'scope' || typeof value !== 'string') return value;
  if (type.name === 'number' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (type.name === 'bool' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/** `for_each` takes a map (keys as given) or a set of strings (each element is its own key). */
function forEachEntries(value: IacValue): [string, IacValue][] | undefined {
  if (isIacObject(value)) return Object.keys(value).sort().map((key) => [key, value[key]!]);
  if (Array.isArray(value) && value.every((element) => typeof element === 'string' || typeof element === 'number')) return [...new Set(value.map(String))].sort().map((key) => [key, key]);
  return undefined;
}

function instanceSuffix(key: string | number | undefined): string {
  if (key === undefined) return '';
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}
