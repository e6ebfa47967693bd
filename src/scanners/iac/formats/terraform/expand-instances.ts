import { UnknownValue, isIacObject, isUnknown, type IacValue } from '../../iac-value.ts';
import { evaluate, type EvaluationScope } from './evaluate-expression.ts';
import type { HclBody } from './hcl-syntax.ts';

/** Most instances one `count` or `for_each` expands to; the rest are left out with a notice. */
export const MAX_INSTANCES = 1000;

export interface InstanceKey {
  /** `undefined` for a block without count/for_each, or when they could not be evaluated. */
  key: string | number | undefined;
  /** `count` or `each` as the instance's expressions see them. */
  bindings: Record<string, IacValue>;
}

export type Expansion =
  | { mode: 'single' | 'count' | 'for_each'; instances: InstanceKey[]; requested: number }
  /** The collection is unknown: one instance stands for all, with unknown `count.index` / `each`. */
  | { mode: 'unknown'; instances: InstanceKey[]; requested: number; reason: UnknownValue };

/** The instances a resource or module block's `count` or `for_each` asks for, capped at MAX_INSTANCES. */
export function expandInstances(body: HclBody, scope: EvaluationScope, address: string): Expansion {
  const count = body.attributes.find((attribute) => attribute.name === 'count');
  const forEach = body.attributes.find((attribute) => attribute.name === 'for_each');
  if (count) {
    const value = evaluate(count.expression, scope);
    const total = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
    if (total === undefined || !Number.isFinite(total)) {
      const reason = unknownReason(value, `count of ${address} is not a number`);
      return { mode: 'unknown', requested: 1, reason: new UnknownValue(`the instances of ${address} are unknown: ${reason.reason}`, [address]), instances: [{ key: undefined, bindings: { count: { index: reason } } }] };
    }
    const requested = Math.max(0, Math.floor(total));
    const instances = Array.from({ length: Math.min(requested, MAX_INSTANCES) }, (_, index) => ({ key: index, bindings: { count: { index } } }));
    return { mode: 'count', requested, instances };
  }
  if (forEach) {
    const value = evaluate(forEach.expression, scope);
    const entries = forEachEntries(value);
    if (!entries) {
      const reason = unknownReason(value, `for_each of ${address} is not a map or a set of strings`);
      return { mode: 'unknown', requested: 1, reason: new UnknownValue(`the instances of ${address} are unknown: ${reason.reason}`, [address]), instances: [{ key: undefined, bindings: { each: { key: reason, value: reason } } }] };
    }
    const instances = entries.slice(0, MAX_INSTANCES).map(([key, entry]) => ({ key, bindings: { each: { key, value: entry } } }));
    return { mode: 'for_each', requested: entries.length, instances };
  }
  return { mode: 'single', requested: 1, instances: [{ key: undefined, bindings: {} }] };
}

function unknownReason(value: IacValue, otherwise: string): UnknownValue {
  return isUnknown(value) ? value : new UnknownValue(otherwise);
}

/** `for_each` takes a map (keys as given) or a set of strings (each element is its own key). */
function forEachEntries(value: IacValue): [string, IacValue][] | undefined {
  if (isIacObject(value)) return Object.keys(value).sort().map((key) => [key, value[key]!]);
  if (Array.isArray(value) && value.every((element) => typeof element === 'string' || typeof element === 'number')) return [...new Set(value.map(String))].sort().map((key) => [key, key]);
  return undefined;
}

/** `[0]` or `["key"]`, as Terraform writes instance addresses. */
export function instanceSuffix(key: string | number | undefined): string {
  if (key === undefined) return '';
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}
