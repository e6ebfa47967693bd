/**
 * Values of an evaluated IaC document: plain JSON-like data, where anything the scanner could not
 * work out (a variable without a value, an attribute only the cloud provider knows, a function
 * we do not evaluate) is an `UnknownValue`. Rules never guess what an unknown holds: a check on
 * an unknown value does not fail.
 */
export type IacValue = string | number | boolean | null | UnknownValue | IacValue[] | IacObject;

export interface IacObject {
  [key: string]: IacValue;
}

export class UnknownValue {
  constructor(
    /** Why it is unknown, in words a user understands: `var.acl has no default and no value was given`. */
    readonly reason: string,
    /** Addresses of resources the value came from (`aws_s3_bucket.data`), so rules can join resources through it. */
    readonly refersTo: readonly string[] = [],
  ) {}
}

/**
 * Text built from a template some of whose parts are unknown (`"arn:${var.partition}:s3:::b"`, a
 * heredoc policy with `${aws_s3_bucket.b.arn}` inside). It is unknown like any other, so rules
 * that do not look further never judge it; a reader of structured text (a JSON policy) can use the
 * known parts and treat only what the unknown parts touch as unknown. Reason and `refersTo` are
 * the first unknown part's.
 */
export class PartlyKnownText extends UnknownValue {
  constructor(
    first: UnknownValue,
    /** The template's pieces in order: known text, and the unknown values between them. */
    readonly parts: readonly (string | UnknownValue)[],
  ) {
    super(first.reason, first.refersTo);
  }
}

export function isUnknown(value: unknown): value is UnknownValue {
  return value instanceof UnknownValue;
}

export function isIacObject(value: unknown): value is IacObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof UnknownValue);
}

/** True when the value or anything inside it is unknown. */
export function containsUnknown(value: IacValue | undefined): boolean {
  if (isUnknown(value)) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (isIacObject(value)) return Object.values(value).some(containsUnknown);
  return false;
}

/**
 * Terraform and CloudFormation write booleans as strings as often as not (`"true"`, `"Enabled"` is
 * not one); this reads the forms the providers accept. Unknown stays unknown; anything else is
 * undefined, meaning "not a boolean".
 */
export function asBoolean(value: IacValue | undefined): boolean | UnknownValue | undefined {
  if (isUnknown(value)) return value;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const lower = value.toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
  }
  return undefined;
}

/** Numbers written as numbers or numeric strings; unknown stays unknown. */
export function asNumber(value: IacValue | undefined): number | UnknownValue | undefined {
  if (isUnknown(value)) return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}
