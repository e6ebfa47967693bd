import { isUnknown, type IacValue, type UnknownValue } from '../iac-value.ts';

/** CIDR blocks meaning "any address": IPv4 and IPv6, in the spellings configurations use. */
const WORLD_CIDRS = new Set(['0.0.0.0/0', '::/0', '0000:0000:0000:0000:0000:0000:0000:0000/0', '*', 'any', 'internet']);

export function isWorldCidr(cidr: string): boolean {
  return WORLD_CIDRS.has(cidr.trim().toLowerCase());
}

/**
 * Whether any of the given CIDR values (strings or lists of strings) opens to the whole
 * internet: true, false, or the first unknown met when no known entry is open.
 */
export function opensToWorld(values: readonly (IacValue | undefined)[]): boolean | UnknownValue {
  let unknownMet: UnknownValue | undefined;
  for (const value of values) {
    for (const entry of Array.isArray(value) ? value : [value]) {
      if (isUnknown(entry)) unknownMet ??= entry;
      else if (typeof entry === 'string' && isWorldCidr(entry)) return true;
    }
  }
  return unknownMet ?? false;
}
