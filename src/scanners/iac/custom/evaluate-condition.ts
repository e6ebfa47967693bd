import { RE2JS } from 're2js';
import type { IacConditionSpec } from '../../../core/config.ts';
import { translateNamedGroups } from '../../../core/config.ts';
import { valuesAt, type IacResource } from '../iac-resource.ts';
import { asNumber, containsUnknown, isIacObject, isUnknown, type IacValue } from '../iac-value.ts';
import type { ResourceGraph } from '../resource-graph.ts';

/**
 * Three-valued result: a condition holds, does not hold, or cannot be decided because a value it
 * needs is unknown. `path` is the attribute that decided a `false` (to place the finding);
 * `reason` says what was unknown.
 */
export type ConditionResult = { truth: true } | { truth: false; path?: string } | { truth: 'unknown'; reason: string };

const holds: ConditionResult = { truth: true };

/** Regexes compile once per pattern and are shared by every rule and resource. */
const regexCache = new Map<string, RE2JS>();

export function evaluateCondition(condition: IacConditionSpec, resource: IacResource, graph: ResourceGraph): ConditionResult {
  if (condition.all) return combineAll(condition.all.map((child) => evaluateCondition(child, resource, graph)));
  if (condition.any) return combineAny(condition.any.map((child) => evaluateCondition(child, resource, graph)));
  if (condition.none) return negate(combineAny(condition.none.map((child) => evaluateCondition(child, resource, graph))));
  if (condition.connected) return evaluateConnected(condition.connected, resource, graph);
  if (condition.attribute !== undefined) return evaluateAttribute(condition, condition.attribute, resource);
  return holds;
}

/** False wins over unknown: one failing part decides `all` whatever the unknown parts hold. */
function combineAll(results: ConditionResult[]): ConditionResult {
  return results.find((result) => result.truth === false) ?? results.find((result) => result.truth === 'unknown') ?? holds;
}

/** True wins over unknown: one holding part decides `any`. */
function combineAny(results: ConditionResult[]): ConditionResult {
  if (results.some((result) => result.truth === true)) return holds;
  return results.find((result) => result.truth === 'unknown') ?? results[0] ?? { truth: false };
}

function negate(result: ConditionResult): ConditionResult {
  if (result.truth === 'unknown') return result;
  return result.truth ? { truth: false } : holds;
}

function evaluateConnected(spec: NonNullable<IacConditionSpec['connected']>, resource: IacResource, graph: ResourceGraph): ConditionResult {
  const match = spec.attribute && spec.targetAttribute ? { attribute: spec.attribute, targetAttribute: spec.targetAttribute } : undefined;
  const attached = graph.attachedTo(resource, spec.type, match);
  if (attached.length === 0) return { truth: false };
  if (!spec.where) return holds;
  const where = spec.where;
  return combineAny(attached.map((candidate) => evaluateCondition(where, candidate, graph)));
}

/** Operators that a missing attribute satisfies: it is not equal to, nor matches, nor contains anything. */
const negativeOperators = ['notEquals', 'notOneOf', 'notMatches', 'notContains'] as const;

function evaluateAttribute(spec: IacConditionSpec, path: string, resource: IacResource): ConditionResult {
  const values = valuesAt(resource, path).filter((value) => value !== null);
  if (spec.exists !== undefined) {
    const isWritten = values.length > 0;
    if (isWritten !== spec.exists) return { truth: false, path };
    if (Object.keys(spec).length === 2) return holds;
  }
  if (values.length === 0) return negativeOperators.some((operator) => spec[operator] !== undefined) ? holds : { truth: false, path };
  const unknownValue = values.find((value) => containsUnknown(value));
  if (unknownValue !== undefined) return { truth: 'unknown', reason: `${path} ${describeUnknown(unknownValue)}` };
  return values.every((value) => satisfies(spec, value)) ? holds : { truth: false, path };
}

function describeUnknown(value: IacValue): string {
  if (isUnknown(value)) return `is unknown: ${value.reason}`;
  return 'holds a value that is not known before apply';
}

function satisfies(spec: IacConditionSpec, value: IacValue): boolean {
  if (spec.equals !== undefined && !isEqual(value, spec.equals)) return false;
  if (spec.notEquals !== undefined && isEqual(value, spec.notEquals)) return false;
  if (spec.oneOf && !spec.oneOf.some((candidate) => isEqual(value, candidate))) return false;
  if (spec.notOneOf?.some((candidate) => isEqual(value, candidate))) return false;
  if (spec.matches !== undefined && !matchesRegex(value, spec.matches)) return false;
  if (spec.notMatches !== undefined && matchesRegex(value, spec.notMatches)) return false;
  if (spec.contains !== undefined && !containsValue(value, spec.contains)) return false;
  if (spec.notContains !== undefined && containsValue(value, spec.notContains)) return false;
  return compareNumbers(spec, value);
}

function compareNumbers(spec: IacConditionSpec, value: IacValue): boolean {
  const bounds = [spec.greaterThan, spec.greaterOrEqual, spec.lessThan, spec.lessOrEqual];
  if (bounds.every((bound) => bound === undefined)) return true;
  const number = asNumber(value);
  if (typeof number !== 'number') return false;
  if (spec.greaterThan !== undefined && !(number > spec.greaterThan)) return false;
  if (spec.greaterOrEqual !== undefined && !(number >= spec.greaterOrEqual)) return false;
  if (spec.lessThan !== undefined && !(number < spec.lessThan)) return false;
  if (spec.lessOrEqual !== undefined && !(number <= spec.lessOrEqual)) return false;
  return true;
}

/** Equality as IaC writes it: `true` equals "true", 5 equals "5"; lists and maps compare deeply. */
export function isEqual(value: IacValue, expected: unknown): boolean {
  if (value === expected) return true;
  if (Array.isArray(value)) return Array.isArray(expected) && value.length === expected.length && value.every((item, index) => isEqual(item, expected[index]));
  if (isIacObject(value)) {
    if (typeof expected !== 'object' || expected === null || Array.isArray(expected)) return false;
    const keys = Object.keys(value);
    return keys.length === Object.keys(expected).length && keys.every((key) => isEqual(value[key]!, (expected as Record<string, unknown>)[key]));
  }
  if ((typeof value === 'boolean' || typeof value === 'number') && typeof expected === 'string') return String(value) === expected.toLowerCase();
  if (typeof value === 'string' && (typeof expected === 'boolean' || typeof expected === 'number')) return value.toLowerCase() === String(expected);
  return false;
}

function matchesRegex(value: IacValue, pattern: string): boolean {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return false;
  let regex = regexCache.get(pattern);
  if (!regex) regexCache.set(pattern, (regex = RE2JS.compile(translateNamedGroups(pattern))));
  return regex.matcher(String(value)).find();
}

function containsValue(value: IacValue, expected: unknown): boolean {
  if (Array.isArray(value)) return value.some((item) => isEqual(item, expected));
  if (typeof value === 'string') return value.includes(String(expected));
  if (isIacObject(value)) return typeof expected === 'string' && Object.hasOwn(value, expected);
  return false;
}
