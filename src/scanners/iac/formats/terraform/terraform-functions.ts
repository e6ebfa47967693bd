import { PartlyKnownText, UnknownValue, containsUnknown, isIacObject, isUnknown, type IacObject, type IacValue } from '../../iac-value.ts';
import { InvalidValue, deepEqual, describeType, evaluate, toNumber, toText, type EvaluationScope } from './evaluate-expression.ts';
import type { Expression } from './hcl-syntax.ts';
import { cidrFunctions } from './cidr-functions.ts';

/** Reads a file for `file()` and friends, relative to the module directory; undefined when absent. */
export type ModuleFileReader = (path: string) => string | undefined;

type Implementation = (args: IacValue[]) => IacValue;

/** Longest list or string a function may build (`range(1e9)`, `join` over huge lists). */
const MAX_BUILT = 100_000;

/**
 * Calls a Terraform built-in. Arguments are evaluated first, except for `try` and `can`, which
 * look at each argument's outcome. Any unknown argument makes the result unknown, except where
 * a function does not need the unknown part (`length` of a list holding unknown elements).
 */
export function callFunction(name: string, argumentExpressions: readonly Expression[], expandLast: boolean, scope: EvaluationScope, readFile: ModuleFileReader): IacValue {
  const bare = name.startsWith('provider::') ? name.replace(/^provider::[^:]+::/, '') : name;
  if (bare === 'try') return tryArguments(argumentExpressions, scope);
  if (bare === 'can') {
    const value = argumentExpressions[0] ? evaluate(argumentExpressions[0], scope) : new InvalidValue('can() needs an argument');
    return value instanceof InvalidValue ? false : isUnknown(value) ? value : true;
  }
  let args = argumentExpressions.map((expression) => evaluate(expression, scope));
  if (expandLast) {
    const last = args[args.length - 1];
    if (isUnknown(last)) return last;
    if (!Array.isArray(last)) return new InvalidValue('... needs a list');
    args = [...args.slice(0, -1), ...last];
  }
  const implementation = implementations[bare] ?? fileImplementations(readFile)[bare];
  if (!implementation) return new UnknownValue(`function ${bare}() is not evaluated by rampart`);
  if (bare === 'jsonencode' && args.length === 1 && !isUnknown(args[0])) return encodeJson(args[0]!);
  if (!TOLERANT.has(bare)) {
    const unknownArgument = args.find((argument) => containsUnknown(argument));
    if (unknownArgument !== undefined) return firstUnknown(unknownArgument);
  } else {
    const unknownArgument = args.find((argument) => isUnknown(argument));
    if (unknownArgument !== undefined) return unknownArgument;
  }
  try {
    return implementation(args);
  } catch (cause) {
    return new InvalidValue(`${bare}(): ${(cause as Error).message}`);
  }
}

/** Functions whose result stays meaningful when only some elements are unknown. */
const TOLERANT = new Set(['length', 'merge', 'concat', 'lookup', 'element', 'keys', 'values', 'tolist', 'toset', 'tomap', 'coalesce', 'coalescelist', 'compact', 'flatten', 'distinct', 'contains', 'slice', 'reverse', 'zipmap', 'one']);

function tryArguments(expressions: readonly Expression[], scope: EvaluationScope): IacValue {
  for (const expression of expressions) {
    const value = evaluate(expression, scope);
    if (!(value instanceof InvalidValue)) return value;
  }
  return new InvalidValue('no argument of try() could be evaluated');
}

/** A value as JSON text, as `jsonencode` gives it; with unknowns inside, partly known text. */
export function encodeJson(value: IacValue): IacValue {
  return containsUnknown(value) ? partlyKnownJson(value) : JSON.stringify(value);
}

/**
 * `jsonencode` of a value with unknowns inside (`Resource = aws_sqs_queue.q.arn` in a policy): the
 * JSON text with each unknown as a quoted gap, so a reader of the policy still sees the rest
 * (see PartlyKnownText). An invalid value inside stays the result, for `try` and `can`.
 */
function partlyKnownJson(value: IacValue): IacValue {
  const parts: (string | UnknownValue)[] = [];
  let pending = '';
  let first: UnknownValue | undefined;
  let invalid: InvalidValue | undefined;
  const gap = (unknown: UnknownValue): void => {
    parts.push(`${pending}"`, unknown);
    pending = '"';
    first ??= unknown;
    if (unknown instanceof InvalidValue) invalid ??= unknown;
  };
  const encode = (current: IacValue): void => {
    if (isUnknown(current)) gap(current);
    else if (Array.isArray(current)) {
      pending += '[';
      current.forEach((element, index) => {
        if (index > 0) pending += ',';
        encode(element);
      });
      pending += ']';
    } else if (isIacObject(current)) {
      pending += '{';
      Object.entries(current).forEach(([key, element], index) => {
        pending += `${index > 0 ? ',' : ''}${JSON.stringify(key)}:`;
        encode(element);
      });
      pending += '}';
    } else pending += JSON.stringify(current);
  };
  encode(value);
  if (invalid) return invalid;
  parts.push(pending);
  return new PartlyKnownText(first!, parts.filter((part) => part !== ''));
}

function firstUnknown(value: IacValue): UnknownValue {
  if (isUnknown(value)) return value;
  const inner = Array.isArray(value) ? value : isIacObject(value) ? Object.values(value) : [];
  for (const element of inner) if (containsUnknown(element)) return firstUnknown(element);
  return new UnknownValue('unknown');
}

function list(value: IacValue | undefined): IacValue[] {
  if (Array.isArray(value)) return value;
  throw new Error(`expected a list, got a ${describeType(value ?? null)}`);
}

function object(value: IacValue | undefined): IacObject {
  if (isIacObject(value)) return value;
  if (value === null) return {};
  throw new Error(`expected a map, got a ${describeType(value ?? null)}`);
}

function text(value: IacValue | undefined): string {
  const converted = toText(value ?? null);
  if (isUnknown(converted)) throw new Error(converted.reason);
  return converted;
}

function number(value: IacValue | undefined): number {
  const converted = toNumber(value ?? null);
  if (converted === undefined) throw new Error(`expected a number, got a ${describeType(value ?? null)}`);
  return converted;
}

function bounded<T>(items: T[]): T[] {
  if (items.length > MAX_BUILT) throw new Error(`result longer than ${MAX_BUILT} elements`);
  return items;
}

function unique(items: IacValue[]): IacValue[] {
  const out: IacValue[] = [];
  for (const item of items) if (!out.some((existing) => deepEqual(existing, item))) out.push(item);
  return out;
}

function flatten(items: IacValue[], depth = 0): IacValue[] {
  if (depth > 32) throw new Error('list nested too deeply');
  return items.flatMap((item) => (Array.isArray(item) ? flatten(item, depth + 1) : [item]));
}

function sprintf(format: string, args: IacValue[]): string {
  let next = 0;
  // A verb: %% or % with optional flags, width and precision, then a letter.
  return format.replace(/%(%|[-+ #0]*\d*(?:\.\d+)?[a-zA-Z])/g, (whole, verb: string) => {
    if (verb === '%') return '%';
    const value = args[next++];
    if (value === undefined) throw new Error('too few arguments for format');
    return pad(verb, formatOne(verb, value));
  });
}

function formatOne(verb: string, value: IacValue): string {
  const letter = verb[verb.length - 1]!;
  if (letter === 'd') return String(Math.trunc(number(value)));
  if (letter === 'f') return number(value).toFixed(Number(/\.(\d+)/.exec(verb)?.[1] ?? 6));
  if (letter === 'q') return JSON.stringify(text(value));
  if (letter === 'v' && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return JSON.stringify(value);
  return text(value);
}

/** Width and flags of a verb: `%5s`, `%-5s`, `%03d`. */
function pad(verb: string, formatted: string): string {
  // Flags, then the width digits before any precision.
  const [, flags = '', width = ''] = /^([-+ #0]*)(\d*)/.exec(verb) ?? [];
  const size = Number(width || 0);
  if (formatted.length >= size) return formatted;
  if (flags.includes('-')) return formatted.padEnd(size);
  if (flags.includes('0') && /^-?\d/.test(formatted)) return formatted.startsWith('-') ? `-${formatted.slice(1).padStart(size - 1, '0')}` : formatted.padStart(size, '0');
  return formatted.padStart(size);
}

const implementations: Record<string, Implementation> = {
  abs: ([value]) => Math.abs(number(value)),
  ceil: ([value]) => Math.ceil(number(value)),
  floor: ([value]) => Math.floor(number(value)),
  max: (args) => Math.max(...args.map(number)),
  min: (args) => Math.min(...args.map(number)),
  parseint: ([value, base]) => Number.parseInt(text(value), number(base)),
  tonumber: ([value]) => (value === null ? null : number(value)),
  tostring: ([value]) => (value === null ? null : text(value)),
  tobool: ([value]) => (value === null ? null : value === true || value === 'true' ? true : value === false || value === 'false' ? false : (() => { throw new Error('not a boolean'); })()),
  lower: ([value]) => text(value).toLowerCase(),
  upper: ([value]) => text(value).toUpperCase(),
  title: ([value]) => text(value).replace(/\b\w/g, (letter) => letter.toUpperCase()),
  trimspace: ([value]) => text(value).trim(),
  trim: ([value, cut]) => trimCharacters(text(value), text(cut)),
  trimprefix: ([value, prefix]) => (text(value).startsWith(text(prefix)) ? text(value).slice(text(prefix).length) : text(value)),
  trimsuffix: ([value, suffix]) => (text(value).endsWith(text(suffix)) && text(suffix) !== '' ? text(value).slice(0, -text(suffix).length) : text(value)),
  startswith: ([value, prefix]) => text(value).startsWith(text(prefix)),
  endswith: ([value, suffix]) => text(value).endsWith(text(suffix)),
  strcontains: ([value, part]) => text(value).includes(text(part)),
  substr: ([value, offset, length]) => { const characters = [...text(value)]; const start = number(offset) < 0 ? characters.length + number(offset) : number(offset); return characters.slice(start, number(length) < 0 ? undefined : start + number(length)).join(''); },
  format: ([format, ...args]) => sprintf(text(format), args),
  formatlist: ([format, ...args]) => { const length = Math.max(0, ...args.filter(Array.isArray).map((item) => (item as IacValue[]).length)); return bounded(Array.from({ length }, (_, index) => sprintf(text(format), args.map((arg) => (Array.isArray(arg) ? arg[index]! : arg))))); },
  join: ([separator, ...lists]) => bounded(lists.flatMap(list)).map(text).join(text(separator)),
  split: ([separator, value]) => bounded(text(value).split(text(separator))),
  replace: ([value, search, replacement]) => replaceText(text(value), text(search), text(replacement)),
  regex: ([pattern, value]) => { const match = new RegExp(text(pattern)).exec(text(value)); if (!match) throw new Error('no match'); return match.length > 1 ? match.slice(1).map((group) => group ?? null) : match[0]; },
  length: ([value]) => (typeof value === 'string' ? [...value].length : Array.isArray(value) ? value.length : Object.keys(object(value)).length),
  concat: (args) => bounded(args.flatMap(list)),
  merge: (args) => Object.assign({}, ...args.map((arg) => object(arg))) as IacObject,
  lookup: ([map, key, fallback]) => { const table = object(map); const name = text(key); if (Object.hasOwn(table, name)) return table[name]!; if (fallback === undefined) throw new Error(`no key ${JSON.stringify(name)}`); return fallback; },
  element: ([items, index]) => { const values = list(items); if (values.length === 0) throw new Error('empty list'); return values[((number(index) % values.length) + values.length) % values.length]!; },
  index: ([items, value]) => { const position = list(items).findIndex((item) => deepEqual(item, value ?? null)); if (position < 0) throw new Error('not found'); return position; },
  contains: ([items, value]) => { const values = list(items); if (values.some((item) => deepEqual(item, value ?? null))) return true; return values.some(isUnknown) ? new UnknownValue('contains() on a list with unknown elements') : false; },
  keys: ([map]) => Object.keys(object(map)).sort(),
  values: ([map]) => { const table = object(map); return Object.keys(table).sort().map((key) => table[key]!); },
  coalesce: (args) => { for (const arg of args) { if (isUnknown(arg)) return arg; if (arg !== null && arg !== '') return arg; } throw new Error('no non-null argument'); },
  coalescelist: (args) => args.find((arg) => isUnknown(arg) || (Array.isArray(arg) && arg.length > 0)) ?? [],
  compact: ([items]) => list(items).filter((item) => item !== null && item !== ''),
  distinct: ([items]) => unique(list(items)),
  flatten: ([items]) => bounded(flatten(list(items))),
  reverse: ([items]) => list(items).map((_, index, all) => all[all.length - 1 - index]!),
  slice: ([items, start, end]) => list(items).slice(number(start), number(end)),
  sort: ([items]) => list(items).map(text).sort(),
  tolist: ([value]) => (isIacObject(value) ? Object.values(value) : list(value)),
  toset: ([value]) => unique(list(value)),
  tomap: ([value]) => object(value),
  one: ([items]) => { const values = list(items); if (values.length > 1) throw new Error('more than one element'); return values[0] ?? null; },
  zipmap: ([keys, values]) => Object.fromEntries(list(keys).map((key, position) => [text(key), list(values)[position] ?? null])) as IacObject,
  range: (args) => { const [start, end, step] = args.length === 1 ? [0, number(args[0]), 1] : [number(args[0]), number(args[1]), args[2] === undefined ? 1 : number(args[2])]; if (step === 0) throw new Error('step 0'); const out: number[] = []; for (let value = start; step > 0 ? value < end : value > end; value += step) { out.push(value); if (out.length > MAX_BUILT) throw new Error(`range longer than ${MAX_BUILT}`); } return out; },
  setunion: (args) => unique(args.flatMap(list)),
  setintersection: ([first, ...rest]) => unique(list(first).filter((item) => rest.every((other) => list(other).some((candidate) => deepEqual(candidate, item))))),
  setsubtract: ([first, second]) => unique(list(first).filter((item) => !list(second).some((candidate) => deepEqual(candidate, item)))),
  jsonencode: ([value]) => JSON.stringify(value ?? null),
  jsondecode: ([value]) => shallowEnough(JSON.parse(text(value)) as IacValue, 0),
  base64encode: ([value]) => Buffer.from(text(value), 'utf8').toString('base64'),
  base64decode: ([value]) => Buffer.from(text(value), 'base64').toString('utf8'),
  sha256: ([value]) => new UnknownValue(`sha256 of ${text(value).length} characters is not computed`),
  ...cidrFunctions,
};

function fileImplementations(readFile: ModuleFileReader): Record<string, Implementation> {
  const read = (path: IacValue | undefined): IacValue => readFile(text(path)) ?? new UnknownValue(`file ${JSON.stringify(text(path))} is not in the scanned tree`);
  return {
    file: ([path]) => read(path),
    fileexists: ([path]) => readFile(text(path)) !== undefined,
    templatefile: ([path, variables]) => new UnknownValue(`templatefile(${JSON.stringify(text(path))}) with ${Object.keys(object(variables ?? {})).length} variables is not rendered`),
  };
}

/** Decoded JSON nested deeper than rules walk is refused, so no later recursion overflows. */
function shallowEnough(value: IacValue, depth: number): IacValue {
  if (depth > 64) throw new Error('JSON nested more than 64 levels deep');
  if (Array.isArray(value)) for (const element of value) shallowEnough(element, depth + 1);
  else if (isIacObject(value)) for (const element of Object.values(value)) shallowEnough(element, depth + 1);
  return value;
}

function trimCharacters(value: string, cut: string): string {
  const characters = new Set(cut);
  let from = 0;
  let to = value.length;
  while (from < to && characters.has(value[from]!)) from++;
  while (to > from && characters.has(value[to - 1]!)) to--;
  return value.slice(from, to);
}

/** `replace` treats a search string wrapped in slashes as a regular expression, as Terraform does. */
function replaceText(value: string, search: string, replacement: string): string {
  if (search.length > 1 && search.startsWith('/') && search.endsWith('/')) return value.replace(new RegExp(search.slice(1, -1), 'g'), replacement.replace(/\$\{(\w+)\}/g, '$$<$1>'));
  return value.split(search).join(replacement);
}


