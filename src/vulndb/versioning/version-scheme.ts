/** The ordering rules an OSV ecosystem's versions follow; one file per scheme in this folder. */
export type VersionSchemeId = 'semver' | 'pep440' | 'go' | 'maven' | 'rubygems' | 'nuget' | 'packagist' | 'dpkg' | 'rpm' | 'apk';

/** Parsing never throws: a version the scheme rejects comes back with the reason, for error messages. */
export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

export interface VersionScheme<Parsed = unknown> {
  readonly id: VersionSchemeId;
  parse(text: string): ParseResult<Parsed>;
  /** -1, 0 or 1. Lets callers that compare one version against many ranges parse it once. */
  compareParsed(a: Parsed, b: Parsed): number;
  /** -1, 0 or 1; throws InvalidVersionError when either side does not parse, so check isValid first. */
  compare(a: string, b: string): number;
  isValid(text: string): boolean;
}

export class InvalidVersionError extends Error {
  constructor(
    readonly scheme: VersionSchemeId,
    readonly version: string,
    readonly reason: string,
  ) {
    super(`invalid ${scheme} version "${version}": ${reason}`);
    this.name = 'InvalidVersionError';
  }
}

interface SchemeSpec<Parsed> {
  readonly id: VersionSchemeId;
  parse(text: string): ParseResult<Parsed>;
  compareParsed(a: Parsed, b: Parsed): number;
}

/** Builds the string-level half of the contract from a scheme's parser and comparator, so every scheme fails the same way. */
export function defineScheme<Parsed>(spec: SchemeSpec<Parsed>): VersionScheme<Parsed> {
  const parseOrThrow = (text: string): Parsed => {
    const result = spec.parse(text);
    if (!result.ok) throw new InvalidVersionError(spec.id, text, result.reason);
    return result.value;
  };
  const compareParsed = (a: Parsed, b: Parsed): number => Math.sign(spec.compareParsed(a, b));
  return {
    id: spec.id,
    parse: spec.parse,
    compareParsed,
    compare: (a, b) => compareParsed(parseOrThrow(a), parseOrThrow(b)),
    isValid: (text) => spec.parse(text).ok,
  };
}

export function parsed<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function rejected<T>(reason: string): ParseResult<T> {
  return { ok: false, reason };
}
