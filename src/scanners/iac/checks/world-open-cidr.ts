import { isUnknown, type IacValue, type UnknownValue } from '../iac-value.ts';

/**
 * Which spellings of "every address" a check counts. Providers, and the peer checks rampart's
 * verdicts are matched against, disagree on the edges, so each caller says which it means:
 * - `cidr`: the prefix-zero CIDRs only, `0.0.0.0/0` and `::/0` (also written in full). What AWS
 *   and CloudFormation security groups accept, and all that Checkov's AWS checks compare.
 * - `cidr-or-bare-address`: also `0.0.0.0` and `::0` written without a prefix, which Checkov's
 *   GCP all-ports firewall check counts as the world (a slip that is common in source_ranges).
 * - `cidr-or-keyword`: also the wildcard and tag words `*`, `any` and `internet` that firewall
 *   and network-rule APIs (Azure service tags, GKE authorised networks written by hand) accept.
 */
export type WorldSpellings = 'cidr' | 'cidr-or-bare-address' | 'cidr-or-keyword';

const worldCidrs = ['0.0.0.0/0', '::/0', '0000:0000:0000:0000:0000:0000:0000:0000/0'];
const extraSpellings: Record<WorldSpellings, readonly string[]> = {
  cidr: [],
  'cidr-or-bare-address': ['0.0.0.0', '::0'],
  'cidr-or-keyword': ['*', 'any', 'internet'],
};
const worldSets = new Map<WorldSpellings, ReadonlySet<string>>(
  (Object.keys(extraSpellings) as WorldSpellings[]).map((spellings) => [spellings, new Set([...worldCidrs, ...extraSpellings[spellings]])]),
);

/** True when the source means every address, in the given spellings (case and spaces ignored). */
export function isWorldCidr(source: string, spellings: WorldSpellings = 'cidr'): boolean {
  return worldSets.get(spellings)!.has(source.trim().toLowerCase());
}

/**
 * Whether any of the given source values (strings or lists of strings) opens to the whole
 * internet: true, false, or the first unknown met when no known entry is open.
 */
export function opensToWorld(values: readonly (IacValue | undefined)[], spellings: WorldSpellings = 'cidr'): boolean | UnknownValue {
  let unknownMet: UnknownValue | undefined;
  for (const value of values) {
    for (const entry of Array.isArray(value) ? value : [value]) {
      if (isUnknown(entry)) unknownMet ??= entry;
      else if (typeof entry === 'string' && isWorldCidr(entry, spellings)) return true;
    }
  }
  return unknownMet ?? false;
}
