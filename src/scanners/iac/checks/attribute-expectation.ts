import { valueAt, type AttributePath, type IacResource } from '../iac-resource.ts';
import { fail, pass, unknown, type IacVerdict } from '../iac-rule.ts';
import { asBoolean, isUnknown, type IacValue } from '../iac-value.ts';

/**
 * Most provider checks come down to "this one setting must hold one of these values, and when it
 * is not written the provider's default decides". Paths list the current attribute name first and
 * names from older provider versions after it, so either spelling is judged.
 */
export interface AttributeExpectation {
  paths: readonly AttributePath[];
  /** Judges a written, known value. */
  accept: (value: IacValue) => boolean;
  /** The verdict when no path is written (or holds null or an empty list): what the provider default gives. */
  whenMissing: 'pass' | 'fail';
  /** The failure message (what an attacker or incident could do). */
  message: string;
}

/** The first of the paths that is written, with its value; undefined when none is. */
export function firstWritten(resource: IacResource, paths: readonly AttributePath[]): { path: AttributePath; value: IacValue } | undefined {
  for (const path of paths) {
    const value = valueAt(resource, path);
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    return { path, value };
  }
  return undefined;
}

export function checkAttribute(resource: IacResource, expectation: AttributeExpectation): IacVerdict {
  const written = firstWritten(resource, expectation.paths);
  if (!written) return expectation.whenMissing === 'pass' ? pass : fail(expectation.message, expectation.paths[0]);
  if (isUnknown(written.value)) return unknown(written.value.reason, written.path);
  return expectation.accept(written.value) ? pass : fail(expectation.message, written.path);
}

/** A boolean setting that must be `want`; strings `"true"`/`"false"` count as booleans. */
export function checkBoolean(resource: IacResource, paths: readonly AttributePath[], want: boolean, whenMissing: 'pass' | 'fail', message: string): IacVerdict {
  return checkAttribute(resource, { paths, whenMissing, message, accept: (value) => asBoolean(value) === want });
}

/** A setting that must be one of `allowed` (strings compared without case, numbers as their text). */
export function checkOneOf(resource: IacResource, paths: readonly AttributePath[], allowed: readonly string[], whenMissing: 'pass' | 'fail', message: string): IacVerdict {
  const wanted = new Set(allowed.map((value) => value.toLowerCase()));
  return checkAttribute(resource, { paths, whenMissing, message, accept: (value) => isScalar(value) && wanted.has(String(value).toLowerCase()) });
}

/** A setting that must be written with some non-empty value; an unknown value counts as written. */
export function checkPresent(resource: IacResource, paths: readonly AttributePath[], message: string): IacVerdict {
  const written = firstWritten(resource, paths);
  if (!written) return fail(message, paths[0]);
  return written.value === '' ? fail(message, written.path) : pass;
}

function isScalar(value: IacValue): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
