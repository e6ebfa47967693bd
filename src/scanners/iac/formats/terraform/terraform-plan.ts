import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import type { SourceFile } from '../../../../core/source-file.ts';
import type { IacResource, SourcePosition } from '../../iac-resource.ts';
import { UnknownValue, isIacObject, type IacObject, type IacValue } from '../../iac-value.ts';
import type { IacFormatReader, IacReadResult } from '../iac-format-reader.ts';
import { offsetLocator } from './json-position.ts';

interface PlanResource {
  address: string;
  mode?: string;
  type: string;
  name: string;
  values?: IacObject;
}

interface PlanModule {
  resources?: PlanResource[];
  child_modules?: PlanModule[];
}

interface ConfigModule {
  resources?: { address: string; expressions?: Record<string, unknown> }[];
  module_calls?: Record<string, { module?: ConfigModule }>;
}

interface Plan {
  format_version?: string;
  planned_values?: { root_module?: PlanModule };
  configuration?: { root_module?: ConfigModule };
  resource_changes?: { address: string; change?: { after_unknown?: IacValue } }[];
}

// A plan from `terraform show -json` names its format version and its planned values near the top.
const PLAN_MARKERS = [/"format_version"\s*:/, /"planned_values"\s*:/];

/**
 * A Terraform plan in JSON (`terraform show -json plan.out > plan.json`): every resource of
 * `planned_values`, root and child modules, with the values Terraform computed. Values the plan
 * marks in `after_unknown` (known only after apply) are unknown. Each resource is placed at the
 * line of its entry in the plan; references come from the planned values' own addresses.
 */
export const terraformPlanReader: IacFormatReader = {
  format: 'terraform',
  claimsPath: (path) => path.endsWith('.json'),
  sniff: (_path, text) => PLAN_MARKERS.every((marker) => marker.test(text.slice(0, 4096)) || marker.test(text)),
  read(file: SourceFile, text: string): IacReadResult {
    let plan: Plan;
    try {
      plan = JSON.parse(text) as Plan;
    } catch (cause) {
      return { resources: [], errors: [{ path: file.path, line: 1, code: 'RAMPART_E_PARSE', message: `Terraform plan is not valid JSON: ${(cause as Error).message}` }], notices: [] };
    }
    const tree = parseTree(text);
    const locate = offsetLocator(text);
    const references = configurationReferences(plan.configuration?.root_module, '', 0);
    const unknownAfter = new Map((plan.resource_changes ?? []).map((change) => [change.address, change.change?.after_unknown]));
    const resources: IacResource[] = [];
    const visit = (module: PlanModule, jsonPath: (string | number)[], depth: number): void => {
      if (depth > 64) return;
      (module.resources ?? []).forEach((entry, index) => {
        const node = tree ? findNodeAtLocation(tree, [...jsonPath, 'resources', index]) : undefined;
        const resource = planResource(file.path, entry, unknownAfter.get(entry.address), node, locate);
        resources.push({ ...resource, references: references.get(withoutInstanceKeys(entry.address)) ?? [] });
      });
      (module.child_modules ?? []).forEach((child, index) => visit(child, [...jsonPath, 'child_modules', index], depth + 1));
    };
    if (plan.planned_values?.root_module) visit(plan.planned_values.root_module, ['planned_values', 'root_module'], 0);
    return { resources, errors: [], notices: [] };
  },
};

function planResource(path: string, entry: PlanResource, afterUnknown: IacValue | undefined, node: JsonNode | undefined, locate: (offset: number) => { line: number; column: number }): IacResource {
  const start = node ? locate(node.offset) : { line: 1, column: 1 };
  const end = node ? locate(node.offset + node.length) : start;
  const attributes = withUnknowns(entry.values ?? {}, afterUnknown, entry.address) as IacObject;
  const positions = new Map<string, SourcePosition>();
  const valuesNode = node?.children?.find((property) => property.children?.[0]?.value === 'values')?.children?.[1];
  if (valuesNode) placeJson(valuesNode, '', positions, locate, 0);
  return {
    format: 'terraform',
    type: entry.mode === 'data' ? `data.${entry.type}` : entry.type,
    name: entry.name,
    address: entry.address,
    path,
    startLine: start.line,
    endLine: end.line,
    attributes,
    positions,
    references: [],
  };
}

/**
 * What each configured resource refers to, from the plan's `configuration` section (its
 * expressions list `references` such as `aws_s3_bucket.b.id` and `aws_s3_bucket.b`), keyed by
 * address without instance keys and prefixed with the module path.
 */
function configurationReferences(module: ConfigModule | undefined, prefix: string, depth: number, into = new Map<string, string[]>()): Map<string, string[]> {
  if (!module || depth > 32) return into;
  for (const resource of module.resources ?? []) {
    const found = new Set<string>();
    collectReferences(resource.expressions, found, 0);
    into.set(`${prefix}${resource.address}`, [...found].map((reference) => `${prefix}${reference}`));
  }
  for (const [name, call] of Object.entries(module.module_calls ?? {})) configurationReferences(call.module, `${prefix}module.${name}.`, depth + 1, into);
  return into;
}

function collectReferences(value: unknown, into: Set<string>, depth: number): void {
  if (depth > 32 || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const element of value) collectReferences(element, into, depth + 1);
    return;
  }
  for (const [key, element] of Object.entries(value)) {
    if (key !== 'references' || !Array.isArray(element)) collectReferences(element, into, depth + 1);
    else for (const reference of element) if (typeof reference === 'string') into.add(reference);
  }
}

// An instance key after an address segment: `[0]` or `["name"]`.
const INSTANCE_KEY = /\[[^\]]*\]/g;

function withoutInstanceKeys(address: string): string {
  return address.replace(INSTANCE_KEY, '');
}

/** Replaces every value `after_unknown` marks `true` with an unknown, descending into its objects and lists. */
function withUnknowns(value: IacValue, marks: IacValue | undefined, address: string): IacValue {
  if (marks === true) return new UnknownValue(`${address}: this value is known only after apply`, [address]);
  if (Array.isArray(value)) return value.map((element, index) => withUnknowns(element, Array.isArray(marks) ? marks[index] : undefined, address));
  if (isIacObject(value)) {
    const out: IacObject = {};
    for (const [key, element] of Object.entries(value)) out[key] = withUnknowns(element, isIacObject(marks) ? marks[key] : undefined, address);
    // Attributes only known after apply are absent from `values` but marked in `after_unknown`.
    if (isIacObject(marks)) for (const [key, mark] of Object.entries(marks)) if (mark === true && !(key in out)) out[key] = withUnknowns(null, true, address);
    return out;
  }
  return value;
}

function placeJson(node: JsonNode, prefix: string, positions: Map<string, SourcePosition>, locate: (offset: number) => SourcePosition, depth: number): void {
  if (depth > 32) return;
  if (node.type === 'object') {
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (!key || !value) continue;
      const path = `${prefix}${String(key.value)}`;
      positions.set(path, locate(key.offset));
      placeJson(value, `${path}.`, positions, locate, depth + 1);
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((child, index) => {
      positions.set(`${prefix}${index}`, locate(child.offset));
      placeJson(child, `${prefix}${index}.`, positions, locate, depth + 1);
    });
  }
}
