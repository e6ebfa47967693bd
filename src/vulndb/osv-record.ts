import type { OsvEvent, OsvRange } from './affected.ts';

/** The parts of an OSV record (https://ossf.github.io/osv-schema/) that rampart reads; other fields are ignored, not rejected. */
export interface OsvRecord {
  readonly id: string;
  readonly modified: string;
  readonly published?: string;
  readonly withdrawn?: string;
  readonly aliases: readonly string[];
  readonly related: readonly string[];
  readonly summary?: string;
  readonly details?: string;
  readonly severity: readonly OsvSeverity[];
  readonly affected: readonly OsvRecordAffected[];
  readonly references: readonly OsvReference[];
}

export interface OsvSeverity {
  readonly type: string;
  readonly score: string;
}

export interface OsvPackage {
  readonly ecosystem: string;
  readonly name: string;
  readonly purl?: string;
}

export interface OsvRecordAffected {
  readonly package?: OsvPackage;
  readonly ranges: readonly OsvRange[];
  readonly versions: readonly string[];
  readonly ecosystem_specific?: Readonly<Record<string, unknown>>;
  readonly database_specific?: Readonly<Record<string, unknown>>;
}

export interface OsvReference {
  readonly type: string;
  readonly url: string;
}

export type OsvRecordResult = { readonly ok: true; readonly record: OsvRecord } | { readonly ok: false; readonly id: string | undefined; readonly reason: string };

/** A field-path-tagged rejection, thrown inside this module only and turned into a result at the boundary. */
class Malformed extends Error {}

const eventKeys = ['introduced', 'fixed', 'last_affected', 'limit'] as const;
const rangeTypes = new Set(['SEMVER', 'ECOSYSTEM', 'GIT']);
// RFC 3339 timestamp in UTC as the schema requires: date, `T`, time, optional fraction, `Z`.
const timestampPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
// A GIT event names a full commit: `0`, or 40 (SHA-1) or 64 (SHA-256) lowercase hex digits.
const commitPattern = /^(0|[0-9a-f]{40}|[0-9a-f]{64})$/;
// The start of a CVSS vector of the major version its severity type names.
const cvssPrefix: Readonly<Record<string, RegExp>> = { CVSS_V3: /^CVSS:3\.[01]\//, CVSS_V4: /^CVSS:4\.0\// };

/**
 * Validates one parsed JSON value as an OSV record. Never throws: a malformed record comes
 * back with its id (when it has one) and the first problem found, so an import can report
 * it and carry on.
 */
export function parseOsvRecord(value: unknown): OsvRecordResult {
  const id = isObject(value) && typeof value.id === 'string' ? value.id : undefined;
  try {
    return { ok: true, record: readRecord(value) };
  } catch (error) {
    if (error instanceof Malformed) return { ok: false, id, reason: error.message };
    throw error;
  }
}

function readRecord(value: unknown): OsvRecord {
  if (!isObject(value)) throw new Malformed('record is not a JSON object');
  const id = requiredString(value, 'id');
  if (id.trim() === '') throw new Malformed('id is empty');
  return {
    id,
    modified: timestamp(value, 'modified', true) as string,
    ...optional('published', timestamp(value, 'published', false)),
    ...optional('withdrawn', timestamp(value, 'withdrawn', false)),
    aliases: stringList(value, 'aliases'),
    related: stringList(value, 'related'),
    ...optional('summary', optionalString(value, 'summary')),
    ...optional('details', optionalString(value, 'details')),
    severity: list(value, 'severity').map((entry, index) => readSeverity(entry, `severity[${index}]`)),
    affected: list(value, 'affected').map((entry, index) => readAffected(entry, `affected[${index}]`)),
    references: list(value, 'references').map((entry, index) => readReference(entry, `references[${index}]`)),
  };
}

function readSeverity(value: unknown, path: string): OsvSeverity {
  if (!isObject(value)) throw new Malformed(`${path} is not an object`);
  const type = requiredString(value, 'type', path);
  const score = requiredString(value, 'score', path);
  const prefix = cvssPrefix[type];
  if (prefix && !prefix.test(score)) throw new Malformed(`${path}.score "${score}" is not a ${type} vector`);
  return { type, score };
}

function readAffected(value: unknown, path: string): OsvRecordAffected {
  if (!isObject(value)) throw new Malformed(`${path} is not an object`);
  return {
    ...optional('package', value.package === undefined ? undefined : readPackage(value.package, `${path}.package`)),
    ranges: list(value, 'ranges', path).map((range, index) => readRange(range, `${path}.ranges[${index}]`)),
    versions: stringList(value, 'versions', path),
    ...optional('ecosystem_specific', optionalObject(value, 'ecosystem_specific', path)),
    ...optional('database_specific', optionalObject(value, 'database_specific', path)),
  };
}

function readPackage(value: unknown, path: string): OsvPackage {
  if (!isObject(value)) throw new Malformed(`${path} is not an object`);
  const ecosystem = requiredString(value, 'ecosystem', path);
  const name = requiredString(value, 'name', path);
  if (ecosystem === '' || name === '') throw new Malformed(`${path} has an empty ecosystem or name`);
  return { ecosystem, name, ...optional('purl', optionalString(value, 'purl', path)) };
}

function readRange(value: unknown, path: string): OsvRange {
  if (!isObject(value)) throw new Malformed(`${path} is not an object`);
  const type = requiredString(value, 'type', path);
  if (!rangeTypes.has(type)) throw new Malformed(`${path}.type "${type}" is not SEMVER, ECOSYSTEM or GIT`);
  const repo = optionalString(value, 'repo', path);
  if (type === 'GIT' && repo === undefined) throw new Malformed(`${path} is a GIT range without a repo`);
  const events = list(value, 'events', path).map((event, index) => readEvent(event, `${path}.events[${index}]`, type));
  if (events.length === 0) throw new Malformed(`${path} has no events`);
  return { type, ...optional('repo', repo), events };
}

function readEvent(value: unknown, path: string, rangeType: string): OsvEvent {
  if (!isObject(value)) throw new Malformed(`${path} is not an object`);
  const present = eventKeys.filter((key) => value[key] !== undefined);
  if (present.length !== 1) throw new Malformed(`${path} must have exactly one of ${eventKeys.join(', ')}`);
  const key = present[0] as (typeof eventKeys)[number];
  const version = value[key];
  if (typeof version !== 'string' || version === '') throw new Malformed(`${path}.${key} is not a non-empty string`);
  if (rangeType === 'GIT' && !commitPattern.test(version)) throw new Malformed(`${path}.${key} "${version}" is not a full commit hash`);
  return { [key]: version };
}

function readReference(value: unknown, path: string): OsvReference {
  if (!isObject(value)) throw new Malformed(`${path} is not an object`);
  return { type: requiredString(value, 'type', path), url: requiredString(value, 'url', path) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requiredString(object: Record<string, unknown>, key: string, path?: string): string {
  const value = object[key];
  if (typeof value !== 'string') throw new Malformed(`${field(path, key)} is ${value === undefined ? 'missing' : 'not a string'}`);
  return value;
}

function optionalString(object: Record<string, unknown>, key: string, path?: string): string | undefined {
  return object[key] === undefined || object[key] === null ? undefined : requiredString(object, key, path);
}

function optionalObject(object: Record<string, unknown>, key: string, path: string): Record<string, unknown> | undefined {
  const value = object[key];
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw new Malformed(`${field(path, key)} is not an object`);
  return value;
}

function timestamp(object: Record<string, unknown>, key: string, required: boolean): string | undefined {
  const value = required ? requiredString(object, key) : optionalString(object, key);
  if (value !== undefined && !timestampPattern.test(value)) throw new Malformed(`${key} "${value}" is not an RFC 3339 UTC timestamp`);
  return value;
}

function list(object: Record<string, unknown>, key: string, path?: string): unknown[] {
  const value = object[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new Malformed(`${field(path, key)} is not a list`);
  return value;
}

function stringList(object: Record<string, unknown>, key: string, path?: string): string[] {
  const values = list(object, key, path);
  if (!values.every((value) => typeof value === 'string')) throw new Malformed(`${field(path, key)} holds a value that is not a string`);
  return values as string[];
}

function field(path: string | undefined, key: string): string {
  return path === undefined ? key : `${path}.${key}`;
}

/** Spreads `{ key: value }` only when the value exists, so optional fields stay absent rather than `undefined`. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
