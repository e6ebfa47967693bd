import { containsUnknown, isIacObject, isUnknown, UnknownValue, type IacObject, type IacValue } from '../../iac-value.ts';
import type { RawValue } from './raw-template.ts';

/** What a template's functions are evaluated against. */
export interface TemplateScope {
  /** `Parameters` as written. */
  parameters: Readonly<Record<string, RawValue>>;
  /** `Conditions` as written. */
  conditions: Readonly<Record<string, RawValue>>;
  /** `Mappings` as written. */
  mappings: Readonly<Record<string, RawValue>>;
  /** Logical ids of the template's resources. */
  resourceIds: ReadonlySet<string>;
  /** Conditions already evaluated, and the ones being evaluated (a cycle is unknown). */
  conditionCache: Map<string, boolean | UnknownValue | 'evaluating'>;
}

/** Stands for `AWS::NoValue`: the property is removed, as CloudFormation does. */
const noValue = new UnknownValue('AWS::NoValue');

/** Evaluation steps one resource may take; nested `Fn::If`/`Fn::Join` chains stay bounded. */
const maxSteps = 200_000;
const maxDepth = 200;

interface Evaluation {
  scope: TemplateScope;
  /** Logical ids this resource refers to through Ref, GetAtt or Sub. */
  references: Set<string>;
  steps: number;
}

/**
 * Evaluates the intrinsic functions in a resource's properties the way a reviewer reads them:
 * parameters take their `Default` (none → unknown), conditions are decided from those defaults,
 * mappings are looked up, and anything only known at deploy time (resource attributes, pseudo
 * parameters such as `AWS::AccountId`, imports) is an `UnknownValue` naming the resource it
 * came from. The logical ids referred to are returned for joins.
 */
export function evaluateProperties(raw: RawValue, scope: TemplateScope): { value: IacValue; references: string[] } {
  const evaluation: Evaluation = { scope, references: new Set(), steps: 0 };
  const value = evaluate(raw, evaluation, 0);
  return { value: value === noValue ? null : value, references: [...evaluation.references] };
}

function evaluate(raw: RawValue, evaluation: Evaluation, depth: number): IacValue {
  evaluation.steps += 1;
  if (evaluation.steps > maxSteps || depth > maxDepth) return new UnknownValue('the expression is too large or deep to evaluate');
  if (Array.isArray(raw)) return raw.map((item) => evaluate(item, evaluation, depth + 1)).filter((item) => item !== noValue);
  if (raw === null || typeof raw !== 'object') return raw;
  const intrinsic = intrinsicOf(raw, evaluation.scope);
  if (intrinsic) return evaluateFunction(intrinsic.name, intrinsic.argument, evaluation, depth);
  const out: IacObject = {};
  for (const [key, value] of Object.entries(raw)) {
    const evaluated = evaluate(value, evaluation, depth + 1);
    if (evaluated !== noValue) out[key] = evaluated;
  }
  return out;
}

/** A one-key object naming a function: `Ref`, `Fn::…`, or `Condition` naming a defined condition. */
function intrinsicOf(raw: { [key: string]: RawValue }, scope: TemplateScope): { name: string; argument: RawValue } | undefined {
  const keys = Object.keys(raw);
  if (keys.length !== 1) return undefined;
  const name = keys[0]!;
  const argument = raw[name]!;
  if (name === 'Ref' || name.startsWith('Fn::')) return { name, argument };
  if (name === 'Condition' && typeof argument === 'string' && Object.hasOwn(scope.conditions, argument)) return { name, argument };
  return undefined;
}

function evaluateFunction(name: string, argument: RawValue, evaluation: Evaluation, depth: number): IacValue {
  const next = (value: RawValue) => evaluate(value, evaluation, depth + 1);
  const args = Array.isArray(argument) ? argument : undefined;
  switch (name) {
    case 'Ref':
      return typeof argument === 'string' ? reference(argument, evaluation) : new UnknownValue('Ref takes a name');
    case 'Fn::GetAtt': {
      const target = Array.isArray(argument) ? argument[0] : typeof argument === 'string' ? argument.split('.')[0] : undefined;
      if (typeof target !== 'string') return new UnknownValue('Fn::GetAtt names no resource');
      return resourceAttribute(target, Array.isArray(argument) ? String(argument[1] ?? '') : String(argument).split('.').slice(1).join('.'), evaluation);
    }
    case 'Fn::Sub':
      return substitute(argument, evaluation, depth);
    case 'Fn::Join':
      return join(args, evaluation, depth);
    case 'Fn::Select':
      return select(args, evaluation, depth);
    case 'Fn::Split': {
      if (!args || args.length !== 2) return new UnknownValue('Fn::Split takes a delimiter and a string');
      const [delimiter, source] = [next(args[0]!), next(args[1]!)];
      if (isUnknown(source)) return source;
      if (isUnknown(delimiter)) return delimiter;
      return typeof source === 'string' && typeof delimiter === 'string' ? source.split(delimiter) : new UnknownValue('Fn::Split takes strings');
    }
    case 'Fn::If': {
      if (!args || args.length !== 3 || typeof args[0] !== 'string') return new UnknownValue('Fn::If takes a condition name and two values');
      const decided = condition(args[0], evaluation);
      if (isUnknown(decided)) return mergeUnknown(`condition ${args[0]} could not be decided`, [decided]);
      return next(decided ? args[1]! : args[2]!);
    }
    case 'Condition': {
      const decided = condition(String(argument), evaluation);
      return decided;
    }
    case 'Fn::Equals': {
      if (!args || args.length !== 2) return new UnknownValue('Fn::Equals takes two values');
      const [left, right] = [next(args[0]!), next(args[1]!)];
      if (containsUnknown(left) || containsUnknown(right)) return mergeUnknown('Fn::Equals compares a value not known before deployment', [left, right]);
      return equal(left, right);
    }
    case 'Fn::And':
    case 'Fn::Or':
      return logical(name === 'Fn::And', args, evaluation, depth);
    case 'Fn::Not': {
      const inner = args?.[0] === undefined ? undefined : next(args[0]);
      if (isUnknown(inner)) return inner;
      return typeof inner === 'boolean' ? !inner : new UnknownValue('Fn::Not takes a condition');
    }
    case 'Fn::FindInMap':
      return findInMap(args, evaluation, depth);
    case 'Fn::Base64':
      // Rules read user data as the script it encodes, so the text stays as written.
      return next(argument);
    case 'Fn::ToJsonString': {
      const inner = next(argument);
      return containsUnknown(inner) ? mergeUnknown('Fn::ToJsonString of a value not known before deployment', [inner]) : JSON.stringify(inner);
    }
    case 'Fn::Length': {
      const inner = next(argument);
      return Array.isArray(inner) ? inner.length : mergeUnknown('Fn::Length of a value not known before deployment', [inner]);
    }
    default:
      return new UnknownValue(`${name} is only resolved at deployment`);
  }
}

const pseudoParameterPrefix = 'AWS::';

function reference(name: string, evaluation: Evaluation): IacValue {
  const { scope } = evaluation;
  if (name === 'AWS::NoValue') return noValue;
  if (name.startsWith(pseudoParameterPrefix)) return new UnknownValue(`pseudo parameter ${name} is only known at deployment`);
  if (Object.hasOwn(scope.parameters, name)) return parameterValue(name, scope);
  if (scope.resourceIds.has(name)) {
    evaluation.references.add(name);
    return new UnknownValue(`Ref ${name} is the id of a resource created at deployment`, [name]);
  }
  return new UnknownValue(`Ref ${name} names nothing in this template`);
}

function resourceAttribute(target: string, attribute: string, evaluation: Evaluation): UnknownValue {
  if (evaluation.scope.resourceIds.has(target)) evaluation.references.add(target);
  return new UnknownValue(`${target}.${attribute} is only known after deployment`, [target]);
}

function parameterValue(name: string, scope: TemplateScope): IacValue {
  const declaration = scope.parameters[name];
  if (!isRawObject(declaration) || !Object.hasOwn(declaration, 'Default')) return new UnknownValue(`parameter ${name} has no default`);
  const value = declaration['Default'] ?? null;
  const type = declaration['Type'];
  // List parameters are written as one comma-separated string and used as lists.
  if (typeof type === 'string' && (type === 'CommaDelimitedList' || type.startsWith('List<')) && typeof value === 'string') return value.split(',').map((item) => item.trim());
  if (value !== null && typeof value === 'object') return new UnknownValue(`parameter ${name} has a default that is not a plain value`);
  return value;
}

function condition(name: string, evaluation: Evaluation): boolean | UnknownValue {
  const { scope } = evaluation;
  const cached = scope.conditionCache.get(name);
  if (cached === 'evaluating') return new UnknownValue(`condition ${name} refers to itself`);
  if (cached !== undefined) return cached;
  if (!Object.hasOwn(scope.conditions, name)) return new UnknownValue(`condition ${name} is not defined`);
  scope.conditionCache.set(name, 'evaluating');
  const value = evaluate(scope.conditions[name]!, evaluation, 0);
  const decided = typeof value === 'boolean' ? value : isUnknown(value) ? value : new UnknownValue(`condition ${name} is not a boolean`);
  scope.conditionCache.set(name, decided);
  return decided;
}

// `${Name}`, `${Resource.Attribute}` or `${!Literal}` inside an Fn::Sub string.
const substitution = /\$\{([^}]*)\}/g;

function substitute(argument: RawValue, evaluation: Evaluation, depth: number): IacValue {
  const [template, variablesRaw] = Array.isArray(argument) ? [argument[0], argument[1]] : [argument, undefined];
  if (typeof template !== 'string') return new UnknownValue('Fn::Sub takes a string');
  const variables = isRawObject(variablesRaw) ? variablesRaw : {};
  const unknowns: UnknownValue[] = [];
  const text = template.replace(substitution, (whole, inner: string) => {
    if (inner.startsWith('!')) return `\${${inner.slice(1)}}`;
    const name = inner.trim();
    const value = Object.hasOwn(variables, name) ? evaluate(variables[name]!, evaluation, depth + 1) : subReference(name, evaluation);
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
    unknowns.push(isUnknown(value) ? value : new UnknownValue(`\${${name}} is not a plain value`));
    return whole;
  });
  return unknowns.length > 0 ? mergeUnknown(`Fn::Sub uses values only known at deployment (${unknowns[0]!.reason})`, unknowns) : text;
}

function subReference(name: string, evaluation: Evaluation): IacValue {
  const dot = name.indexOf('.');
  if (dot > 0 && !name.startsWith(pseudoParameterPrefix)) return resourceAttribute(name.slice(0, dot), name.slice(dot + 1), evaluation);
  return reference(name, evaluation);
}

function join(args: RawValue[] | undefined, evaluation: Evaluation, depth: number): IacValue {
  if (!args || args.length !== 2) return new UnknownValue('Fn::Join takes a delimiter and a list');
  const delimiter = evaluate(args[0]!, evaluation, depth + 1);
  const list = evaluate(args[1]!, evaluation, depth + 1);
  if (isUnknown(delimiter)) return delimiter;
  if (isUnknown(list)) return list;
  if (!Array.isArray(list) || typeof delimiter !== 'string') return new UnknownValue('Fn::Join takes a delimiter and a list');
  if (list.some(containsUnknown)) return mergeUnknown('Fn::Join joins values only known at deployment', list);
  return list.map((item) => (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean' ? String(item) : JSON.stringify(item))).join(delimiter);
}

function select(args: RawValue[] | undefined, evaluation: Evaluation, depth: number): IacValue {
  if (!args || args.length !== 2) return new UnknownValue('Fn::Select takes an index and a list');
  const index = evaluate(args[0]!, evaluation, depth + 1);
  const list = evaluate(args[1]!, evaluation, depth + 1);
  if (isUnknown(index)) return index;
  if (isUnknown(list)) return list;
  const position = Number(index);
  if (!Array.isArray(list) || !Number.isInteger(position) || position < 0 || position >= list.length) return new UnknownValue('Fn::Select index is out of range');
  return list[position]!;
}

function logical(isAnd: boolean, args: RawValue[] | undefined, evaluation: Evaluation, depth: number): boolean | UnknownValue {
  if (!args) return new UnknownValue('Fn::And and Fn::Or take a list of conditions');
  let undecided: UnknownValue | undefined;
  for (const item of args) {
    const value = evaluate(item, evaluation, depth + 1);
    if (isUnknown(value)) undecided ??= value;
    else if (typeof value !== 'boolean') undecided ??= new UnknownValue('a condition is not a boolean');
    else if (value !== isAnd) return value;
  }
  return undecided ?? isAnd;
}

function findInMap(args: RawValue[] | undefined, evaluation: Evaluation, depth: number): IacValue {
  if (!args || args.length < 3) return new UnknownValue('Fn::FindInMap takes a map name and two keys');
  const keys = args.slice(0, 3).map((arg) => evaluate(arg, evaluation, depth + 1));
  const unknownKey = keys.find(isUnknown);
  if (unknownKey) return mergeUnknown(`Fn::FindInMap looks up a key only known at deployment (${unknownKey.reason})`, [unknownKey]);
  const [mapName, first, second] = keys.map(String) as [string, string, string];
  const map = evaluation.scope.mappings[mapName];
  const level = isRawObject(map) ? map[first] : undefined;
  const found = isRawObject(level) && Object.hasOwn(level, second) ? level[second] : undefined;
  if (found !== undefined) return evaluate(found, evaluation, depth + 1);
  const fallback = args[3];
  if (isRawObject(fallback) && Object.hasOwn(fallback, 'DefaultValue')) return evaluate(fallback['DefaultValue']!, evaluation, depth + 1);
  return new UnknownValue(`mapping ${mapName} has no entry ${first}.${second}`);
}

function equal(left: IacValue, right: IacValue): boolean {
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return String(left) === String(right);
  return JSON.stringify(left) === JSON.stringify(right);
}

/** One unknown standing for several, keeping every resource they came from. */
function mergeUnknown(reason: string, values: readonly IacValue[]): UnknownValue {
  const refersTo = new Set<string>();
  const collect = (value: IacValue): void => {
    if (isUnknown(value)) for (const address of value.refersTo) refersTo.add(address);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (isIacObject(value)) Object.values(value).forEach(collect);
  };
  values.forEach(collect);
  return new UnknownValue(reason, [...refersTo]);
}

function isRawObject(value: RawValue | undefined): value is { [key: string]: RawValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
