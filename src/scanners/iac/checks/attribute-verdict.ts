import { valueAt, type AttributePath, type IacResource } from '../iac-resource.ts';
import { fail, pass, unknown, type IacVerdict } from '../iac-rule.ts';
import { asBoolean, asNumber, containsUnknown, isUnknown, UnknownValue, type IacValue } from '../iac-value.ts';

export interface AttributeExpectation {
  /** True when the written (and fully known) value is the safe one. */
  accept: (value: IacValue) => boolean;
  /** How a resource that does not write the attribute is judged: by the provider's default. */
  whenMissing: 'pass' | 'fail';
  /** The finding's sentence when the value is not accepted (or missing and that fails). */
  message: string;
}

/**
 * Judges one attribute the way most cloud checks do: unknown values are never failures, a missing
 * attribute (or an empty list, which Terraform treats the same) takes the provider default, and
 * anything else must pass `accept`.
 */
export function expectAttribute(resource: IacResource, path: AttributePath, expectation: AttributeExpectation): IacVerdict {
  const value = valueAt(resource, path);
  if (isMissing(value)) return expectation.whenMissing === 'pass' ? pass : fail(expectation.message, path);
  if (containsUnknown(value)) return unknown(unknownReason(value), path);
  return expectation.accept(value) ? pass : fail(expectation.message, path);
}

/** Not written, null, or an empty list (`[]` and `null` mean "use the default" in Terraform). */
export function isMissing(value: IacValue | undefined): value is undefined | null | [] {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}

/** The reason of the first unknown inside a value, for `unknown` verdicts. */
export function unknownReason(value: IacValue | undefined): string {
  const found = firstUnknown(value);
  return found ? found.reason : 'the value could not be evaluated';
}

function firstUnknown(value: IacValue | undefined): UnknownValue | undefined {
  if (isUnknown(value)) return value;
  const children = Array.isArray(value) ? value : typeof value === 'object' && value !== null ? Object.values(value) : [];
  for (const child of children) {
    const found = firstUnknown(child);
    if (found) return found;
  }
  return undefined;
}

/** Accepts exactly this boolean, written as a boolean or the strings "true"/"false". */
export function isBoolean(expected: boolean): (value: IacValue) => boolean {
  return (value) => asBoolean(value) === expected;
}

/** Accepts any non-empty value: the attribute only has to be set (a key ARN, a DLQ target). */
export function isSet(value: IacValue): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return value !== null && value !== false;
}

/** Accepts one of these strings (case-sensitive, as the provider APIs are). */
export function isOneOf(...allowed: string[]): (value: IacValue) => boolean {
  return (value) => typeof value === 'string' && allowed.includes(value);
}

/** Accepts a number (or numeric string) for which `test` holds. */
export function isNumberWhere(test: (n: number) => boolean): (value: IacValue) => boolean {
  return (value) => {
    const n = asNumber(value);
    return typeof n === 'number' && test(n);
  };
}

/** A list attribute as strings; undefined when it is not a list of strings. */
export function stringList(value: IacValue | undefined): string[] | undefined {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : undefined;
  if (!list || !list.every((item): item is string => typeof item === 'string')) return undefined;
  return list;
}
