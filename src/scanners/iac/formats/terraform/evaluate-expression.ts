import { PartlyKnownText, UnknownValue, isIacObject, isUnknown, type IacObject, type IacValue } from '../../iac-value.ts';
import type { Expression, TemplatePart, TraversalStep } from './hcl-syntax.ts';

/** What an expression can see besides its own syntax. */
export interface EvaluationScope {
  /** Names bound by `for` expressions, `dynamic` iterators, `count` and `each`. */
  readonly bindings: ReadonlyMap<string, IacValue>;
  /** Resolves a free name (`var`, `local`, a resource type…), consuming the attribute steps it needs. */
  resolve(name: string, steps: readonly TraversalStep[]): { value: IacValue; consumed: number };
  call(name: string, args: readonly Expression[], expandLast: boolean, scope: EvaluationScope): IacValue;
  /** Shared work budget: evaluation stops with unknown values once it is spent (hostile input). */
  readonly budget: { remaining: number };
}

/**
 * An expression Terraform itself would reject (a missing key, an index out of range, a type
 * mismatch). Still unknown to rules, but `try` and `can` tell it apart from a value that is
 * merely not known before apply.
 */
export class InvalidValue extends UnknownValue {}

/** Objects that are resource instances, so a missing attribute reads as "known after apply" of that resource. */
const resourceInstances = new WeakMap<object, string>();

export function markResourceInstance(instance: IacObject, address: string): IacObject {
  resourceInstances.set(instance, address);
  return instance;
}

export function evaluate(expression: Expression, scope: EvaluationScope): IacValue {
  if (--scope.budget.remaining < 0) return new UnknownValue('evaluation stopped: the configuration is too large to evaluate fully');
  switch (expression.kind) {
    case 'literal':
      return expression.value;
    case 'template':
      return evaluateTemplate(expression.parts, scope);
    case 'tuple':
      return expression.items.map((item) => evaluate(item, scope));
    case 'object':
      return evaluateObject(expression.entries, scope);
    case 'scope':
      return evaluateScope(expression.name, expression.steps, scope);
    case 'traverse':
      return applySteps(evaluate(expression.target, scope), expression.steps, scope);
    case 'call':
      return scope.call(expression.name, expression.args, expression.expandLast, scope);
    case 'conditional': {
      const condition = evaluate(expression.condition, scope);
      if (isUnknown(condition)) return condition;
      const truth = toBoolean(condition);
      if (truth === undefined) return new InvalidValue('a condition is not a boolean');
      return evaluate(truth ? expression.whenTrue : expression.whenFalse, scope);
    }
    case 'unary':
      return evaluateUnary(expression.operator, evaluate(expression.operand, scope));
    case 'binary':
      return evaluateBinary(expression.operator, evaluate(expression.left, scope), evaluate(expression.right, scope));
    case 'for':
      return evaluateFor(expression, scope);
    case 'invalid':
      return new UnknownValue(`unparsable expression ${JSON.stringify(expression.text.slice(0, 40))}`);
  }
}

export function withBindings(scope: EvaluationScope, bindings: Record<string, IacValue>): EvaluationScope {
  const merged = new Map(scope.bindings);
  for (const [name, value] of Object.entries(bindings)) merged.set(name, value);
  return { bindings: merged, resolve: scope.resolve, call: scope.call, budget: scope.budget };
}

function evaluateScope(name: string, steps: readonly TraversalStep[], scope: EvaluationScope): IacValue {
  if (scope.bindings.has(name)) return applySteps(scope.bindings.get(name)!, steps, scope);
  const { value, consumed } = scope.resolve(name, steps);
  return applySteps(value, steps, scope, consumed);
}

/** Applies `steps` from index `from` on. */
export function applySteps(start: IacValue, steps: readonly TraversalStep[], scope: EvaluationScope, from = 0): IacValue {
  let current = start;
  for (let index = from; index < steps.length; index++) {
    if (isUnknown(current)) return current;
    const step = steps[index]!;
    if (step.kind === 'splat') {
      const list = current === null ? [] : Array.isArray(current) ? current : [current];
      const rest = [...step.steps, ...steps.slice(index + 1)];
      return list.map((element) => applySteps(element, rest, scope));
    }
    const key = step.kind === 'attribute' ? step.name : evaluate(step.key, scope);
    current = lookup(current, key);
  }
  return current;
}

function lookup(container: IacValue, key: IacValue): IacValue {
  if (isUnknown(key)) return key;
  if (Array.isArray(container)) {
    const position = typeof key === 'number' ? key : typeof key === 'string' && /^\d+$/.test(key) ? Number(key) : Number.NaN;
    const found = container[position];
    return found === undefined ? new InvalidValue(`index ${String(key)} is out of range`) : found;
  }
  if (isIacObject(container) && (typeof key === 'string' || typeof key === 'number')) {
    const name = String(key);
    if (Object.hasOwn(container, name)) return container[name]!;
    const address = resourceInstances.get(container);
    if (address !== undefined) return new UnknownValue(`${address}.${name} is known only after apply`, [address]);
    return new InvalidValue(`no attribute or key ${JSON.stringify(name)}`);
  }
  return new InvalidValue(`cannot look up ${JSON.stringify(String(key))} in a ${describeType(container)}`);
}

function evaluateTemplate(parts: readonly TemplatePart[], scope: EvaluationScope): IacValue {
  // `"${x}"` alone keeps x's own type, as Terraform does.
  if (parts.length === 1 && parts[0]!.kind === 'interpolation') return evaluate(parts[0]!.expression, scope);
  let text = '';
  // Known text and unknown parts, kept once a part is unknown (see PartlyKnownText).
  let pieces: (string | UnknownValue)[] | undefined;
  let firstUnknown: UnknownValue | undefined;
  for (let index = 0; index < parts.length; index++) {
    const value = evaluateTemplatePart(parts[index]!, scope);
    if (isUnknown(value)) {
      // An invalid part stays the template's value: `try` and `can` must still see it.
      if (value instanceof InvalidValue) return value;
      pieces ??= [];
      if (text !== '') pieces.push(text);
      text = '';
      pieces.push(value);
      firstUnknown ??= value;
      continue;
    }
    text += value;
  }
  if (!pieces || !firstUnknown) return text;
  if (text !== '') pieces.push(text);
  return new PartlyKnownText(firstUnknown, pieces);
}

function evaluateTemplatePart(part: TemplatePart, scope: EvaluationScope): string | UnknownValue {
  switch (part.kind) {
    case 'text':
      return part.text;
    case 'interpolation':
      return toText(evaluate(part.expression, scope));
    case 'if': {
      const condition = evaluate(part.condition, scope);
      if (isUnknown(condition)) return condition;
      const chosen = evaluateTemplate(toBoolean(condition) ? part.whenTrue : part.whenFalse, scope);
      return isUnknown(chosen) ? chosen : toText(chosen);
    }
    case 'for': {
      const collection = evaluate(part.collection, scope);
      if (isUnknown(collection)) return collection;
      let text = '';
      for (const [key, value] of entriesOf(collection)) {
        const inner = withBindings(scope, { [part.valueName]: value, ...(part.keyName ? { [part.keyName]: key } : {}) });
        const piece = evaluateTemplate(part.body, inner);
        if (isUnknown(piece)) return piece;
        text += toText(piece);
      }
      return text;
    }
  }
}

function evaluateObject(entries: readonly { key: Expression; value: Expression; keyIsName: boolean }[], scope: EvaluationScope): IacValue {
  const result: IacObject = {};
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    const key = entry.keyIsName && entry.key.kind === 'scope' ? entry.key.name : evaluate(entry.key, scope);
    if (isUnknown(key)) return new UnknownValue(`an object key is unknown: ${key.reason}`, key.refersTo);
    const text = toText(key);
    if (isUnknown(text)) return text;
    result[text] = evaluate(entry.value, scope);
  }
  return result;
}

function evaluateFor(expression: Extract<Expression, { kind: 'for' }>, scope: EvaluationScope): IacValue {
  const collection = evaluate(expression.collection, scope);
  if (isUnknown(collection)) return collection;
  const tuple: IacValue[] = [];
  const object: Record<string, IacValue> = {};
  for (const [key, value] of entriesOf(collection)) {
    const inner = withBindings(scope, { [expression.valueName]: value, ...(expression.keyName ? { [expression.keyName]: key } : {}) });
    if (expression.condition) {
      const keep = evaluate(expression.condition, inner);
      if (isUnknown(keep)) return keep;
      if (!toBoolean(keep)) continue;
    }
    const element = evaluate(expression.valueExpression, inner);
    if (!expression.keyExpression) {
      tuple.push(element);
      continue;
    }
    const resultKey = toText(evaluate(expression.keyExpression, inner));
    if (isUnknown(resultKey)) return resultKey;
    if (expression.grouping) object[resultKey] = [...((object[resultKey] as IacValue[] | undefined) ?? []), element];
    else object[resultKey] = element;
  }
  return expression.keyExpression ? object : tuple;
}

/** Lists iterate as (index, element), maps and objects as (key, value) in key order, as Terraform does. */
export function entriesOf(collection: IacValue): [IacValue, IacValue][] {
  if (Array.isArray(collection)) return collection.map((value, index) => [index, value]);
  if (isIacObject(collection)) return Object.keys(collection).sort().map((key) => [key, collection[key]!]);
  return [];
}

function evaluateUnary(operator: string, operand: IacValue): IacValue {
  if (isUnknown(operand)) return operand;
  if (operator === '!') {
    const truth = toBoolean(operand);
    return truth === undefined ? new InvalidValue('! applied to a non-boolean') : !truth;
  }
  const number = toNumber(operand);
  return number === undefined ? new InvalidValue('- applied to a non-number') : -number;
}

function evaluateBinary(operator: string, left: IacValue, right: IacValue): IacValue {
  if (isUnknown(left)) return left;
  if (isUnknown(right)) return right;
  switch (operator) {
    case '==':
      return deepEqual(left, right);
    case '!=':
      return !deepEqual(left, right);
    case '&&':
    case '||': {
      const a = toBoolean(left);
      const b = toBoolean(right);
      if (a === undefined || b === undefined) return new InvalidValue(`${operator} applied to a non-boolean`);
      return operator === '&&' ? a && b : a || b;
    }
  }
  const a = toNumber(left);
  const b = toNumber(right);
  if (a === undefined || b === undefined) return new InvalidValue(`${operator} applied to a non-number`);
  switch (operator) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return b === 0 ? new InvalidValue('division by zero') : a / b;
    case '%': return b === 0 ? new InvalidValue('division by zero') : a % b;
    case '<': return a < b;
    case '>': return a > b;
    case '<=': return a <= b;
    case '>=': return a >= b;
    default: return new UnknownValue(`operator ${operator} is not evaluated`);
  }
}

export function deepEqual(left: IacValue, right: IacValue): boolean {
  if (left === right) return true;
  if (Array.isArray(left) && Array.isArray(right)) return left.length === right.length && left.every((value, index) => deepEqual(value, right[index]!));
  if (isIacObject(left) && isIacObject(right)) {
    const keys = Object.keys(left);
    return keys.length === Object.keys(right).length && keys.every((key) => Object.hasOwn(right, key) && deepEqual(left[key]!, right[key]!));
  }
  return false;
}

/** Terraform converts between strings, numbers and booleans where the target type asks for it. */
export function toText(value: IacValue): string | UnknownValue {
  if (isUnknown(value)) return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return new InvalidValue(`a ${describeType(value)} cannot be used as a string`);
}

export function toNumber(value: IacValue): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

export function toBoolean(value: IacValue): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

export function describeType(value: IacValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (isUnknown(value)) return 'unknown value';
  return typeof value === 'object' ? 'object' : typeof value;
}
