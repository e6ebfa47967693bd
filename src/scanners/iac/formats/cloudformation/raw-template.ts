import type { SourcePosition } from '../../iac-resource.ts';

/**
 * A template as written, before intrinsic functions are evaluated: plain JSON-like data in which
 * every function, long or short form, is a one-key object (`!Ref X` → `{ Ref: 'X' }`,
 * `!GetAtt A.B` → `{ 'Fn::GetAtt': ['A', 'B'] }`), so YAML and JSON templates evaluate alike.
 */
export type RawValue = string | number | boolean | null | RawValue[] | { [key: string]: RawValue };

export interface RawTemplate {
  root: RawValue;
  /** Where each key or list item is written, by dotted path from the root (`Resources.Bucket.Properties.BucketName`). */
  positions: Map<string, SourcePosition>;
  /** Last line of each `Resources` entry, by logical id. */
  resourceEndLines: Map<string, number>;
}

/** A parse failure with the line it was found on. */
export interface TemplateParseFailure {
  message: string;
  line: number;
}

export function joinPath(path: string, segment: string): string {
  return path === '' ? segment : `${path}.${segment}`;
}

/** Intrinsic function short-form tag names, without the `!`. */
export const shortFormFunctions = [
  'Ref', 'Sub', 'GetAtt', 'If', 'Join', 'Select', 'Split', 'Equals', 'And', 'Or', 'Not', 'FindInMap',
  'Base64', 'Cidr', 'GetAZs', 'ImportValue', 'Condition', 'Transform', 'Length', 'ToJsonString',
] as const;

/** The long-form key a short-form tag stands for: `Ref` and `Condition` keep their names, the rest gain `Fn::`. */
export function longFormKey(name: string): string {
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}
