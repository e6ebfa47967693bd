import { UnknownValue, type IacObject, type IacValue } from '../../iac-value.ts';
import { evaluate } from './evaluate-expression.ts';
import type { EvaluatedResource, ModuleEvaluationOptions } from './evaluate-module.ts';
import { expandInstances, instanceSuffix } from './expand-instances.ts';
import type { HclBlock } from './hcl-syntax.ts';
import type { Declared, TerraformModuleSource } from './load-module.ts';
import { isLocalModuleSource, joinModulePath } from './module-paths.ts';
import type { EvaluationScope } from './evaluate-expression.ts';

/** Deepest chain of local module calls followed; deeper calls get a notice. */
export const MAX_MODULE_DEPTH = 10;

/** Arguments of a module block that configure Terraform, not the module's variables. */
const CALL_META_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

export interface ModuleCallResult {
  /** The module's outputs: an object, or a list/map of objects for count/for_each calls. */
  outputs: IacValue;
  resources: EvaluatedResource[];
}

/** The part of a module evaluator a call needs. */
interface CallingModule {
  readonly source: TerraformModuleSource;
  readonly options: ModuleEvaluationOptions;
  readonly scope: EvaluationScope;
  noteCapped(expansion: ReturnType<typeof expandInstances>, address: string, path: string): void;
}

interface CalledModule {
  resources(): EvaluatedResource[];
  output(name: string): IacValue;
}

/**
 * Evaluates a `module` block: a local source (`./x`, `../x`) is read from the scan tree and
 * evaluated with the call's arguments as its variables, once per count/for_each instance, its
 * resources addressed `module.<name>[key].…`. Remote sources are never fetched; they, missing
 * directories, cycles and chains deeper than MAX_MODULE_DEPTH get a RAMPART_N_MODULE_UNRESOLVED
 * notice and unknown outputs.
 */
export function evaluateModuleCall(
  parent: CallingModule,
  declared: Declared<HclBlock>,
  name: string,
  create: (source: TerraformModuleSource, options: ModuleEvaluationOptions) => CalledModule,
): ModuleCallResult {
  const context = parent.options.context;
  const address = `${parent.options.addressPrefix}module.${name}`;
  const unresolved = (why: string): ModuleCallResult => {
    context.notices.push({ path: declared.path, code: 'RAMPART_N_MODULE_UNRESOLVED', message: `module.${name} (line ${declared.node.line}): ${why}; the resources it creates are not checked` });
    return { outputs: new UnknownValue(`outputs of module.${name} are not known: ${why}`, [address]), resources: [] };
  };
  const sourceText = literalSource(declared.node);
  if (sourceText === undefined) return unresolved('its source is not a literal string');
  if (!isLocalModuleSource(sourceText)) return unresolved(`its source ${JSON.stringify(sourceText)} is not a local path, and rampart never downloads modules`);
  const directory = joinModulePath(parent.source.directory, sourceText);
  if (directory === undefined) return unresolved(`its source ${JSON.stringify(sourceText)} points outside the scanned tree`);
  const ancestors = [...context.ancestors, parent.source.directory];
  if (ancestors.includes(directory)) return unresolved(`its source ${JSON.stringify(sourceText)} calls back into a module already being evaluated (a module cycle)`);
  if (ancestors.length > MAX_MODULE_DEPTH) return unresolved(`local modules are nested more than ${MAX_MODULE_DEPTH} deep`);
  const source = context.related ? context.loadSource(directory) : undefined;
  if (!source || source.files.length === 0) return unresolved(`no .tf files were found in ${directory || '.'}`);

  const expansion = expandInstances(declared.node.body, parent.scope, address);
  parent.noteCapped(expansion, address, declared.path);
  const resources: EvaluatedResource[] = [];
  const outputs: { key: string | number | undefined; value: IacObject }[] = [];
  for (const { key, bindings } of expansion.instances) {
    const scope = Object.keys(bindings).length === 0 ? parent.scope : { ...parent.scope, bindings: new Map(Object.entries(bindings)) };
    const inputs = new Map<string, IacValue>();
    for (const attribute of declared.node.body.attributes) {
      if (!CALL_META_ARGUMENTS.has(attribute.name)) inputs.set(attribute.name, evaluate(attribute.expression, scope));
    }
    const child = create(source, { inputs, addressPrefix: `${address}${instanceSuffix(key)}.`, context: { ...context, ancestors } });
    for (const resource of child.resources()) resources.push(resource);
    outputs.push({ key, value: Object.fromEntries([...source.outputs.keys()].map((output) => [output, child.output(output)])) as IacObject });
  }
  if (expansion.mode === 'unknown') return { outputs: expansion.reason, resources };
  if (expansion.mode === 'single') return { outputs: outputs[0]?.value ?? {}, resources };
  if (expansion.mode === 'count') return { outputs: outputs.map((output) => output.value), resources };
  return { outputs: Object.fromEntries(outputs.map((output) => [String(output.key), output.value])) as IacObject, resources };
}

function literalSource(block: HclBlock): string | undefined {
  const expression = block.body.attributes.find((attribute) => attribute.name === 'source')?.expression;
  if (expression?.kind !== 'template' || !expression.parts.every((part) => part.kind === 'text')) return undefined;
  return expression.parts.map((part) => (part.kind === 'text' ? part.text : '')).join('');
}
