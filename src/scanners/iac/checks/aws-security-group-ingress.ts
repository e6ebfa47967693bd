import { asBoolean, asNumber, isIacObject, isUnknown, UnknownValue, type IacObject, type IacValue } from '../iac-value.ts';
import { isWorldCidr } from './world-open-cidr.ts';

/**
 * One inbound rule of an AWS security group, in plain values whatever the format wrote it in
 * (Terraform `ingress` blocks and rule resources, CloudFormation `SecurityGroupIngress`).
 * Any field may be unknown.
 */
export interface IngressRule {
  fromPort: IacValue | undefined;
  toPort: IacValue | undefined;
  /** `tcp`, `udp`, `icmp`, `-1` / `all`; undefined when not written. */
  protocol: IacValue | undefined;
  ipv4Cidrs: IacValue | undefined;
  ipv6Cidrs: IacValue | undefined;
  /** Prefix lists, source security groups or `self`: a source narrower than an address range. */
  prefixLists: IacValue | undefined;
  sourceGroups: IacValue | undefined;
  self: IacValue | undefined;
}

/** True when the port range includes `port`; `0`–`0` (and protocol `-1` with no range) means every port. */
export function portRangeIncludes(fromPort: number, toPort: number, port: number): boolean {
  const upper = fromPort === 0 && toPort === 0 ? 65535 : toPort;
  return fromPort <= port && port <= upper;
}

/**
 * Whether an inbound rule lets the whole internet reach `port`: the port range covers it (or the
 * rule is all-protocols over all ports) and the source is 0.0.0.0/0 or ::/0, or the rule names no
 * source at all. Prefix lists and source groups are never "the world". Unknown when a deciding
 * value is.
 */
export function ingressOpensPortToWorld(rule: IngressRule, port: number): boolean | UnknownValue {
  const from = asNumber(rule.fromPort);
  const to = asNumber(rule.toPort);
  if (isUnknown(from)) return from;
  if (isUnknown(to)) return to;
  if (hasEntries(rule.prefixLists)) return false;
  if (isUnknown(rule.prefixLists)) return rule.prefixLists;
  if (from === undefined || to === undefined) return false;
  const allTraffic = rule.protocol === '-1' && from === 0 && to === 65535;
  if (!portRangeIncludes(from, to, port) && !allTraffic) return false;
  const sources = [...listOf(rule.ipv4Cidrs), ...listOf(rule.ipv6Cidrs)];
  if (sources.some((cidr) => typeof cidr === 'string' && isWorldCidr(cidr, 'cidr'))) return true;
  const unknownSource = sources.find(isUnknown) ?? [rule.ipv4Cidrs, rule.ipv6Cidrs].find(isUnknown);
  if (unknownSource) return unknownSource;
  if (sources.length > 0) return false;
  // A rule that names no address range and no source group admits everyone.
  return rule.sourceGroups === undefined || rule.sourceGroups === null;
}

/** True when the rule only admits members of the same group (`self = true`). */
export function isSelfOnly(rule: IngressRule): boolean {
  return asBoolean(rule.self) === true;
}

/** An `ingress` block of `aws_security_group` or an `aws_security_group_rule` as an `IngressRule`. */
export function terraformIngressRule(block: IacObject): IngressRule {
  return {
    fromPort: block['from_port'],
    toPort: block['to_port'],
    protocol: block['protocol'],
    ipv4Cidrs: block['cidr_blocks'] ?? block['cidr_ipv4'],
    ipv6Cidrs: block['ipv6_cidr_blocks'] ?? block['cidr_ipv6'],
    prefixLists: block['prefix_list_ids'] ?? block['prefix_list_id'],
    sourceGroups: block['security_groups'] ?? block['source_security_group_id'] ?? block['referenced_security_group_id'],
    self: block['self'],
  };
}

/** Whether a value is an object block (not an unknown stand-in for one). */
export function isBlock(value: IacValue | undefined): value is IacObject {
  return isIacObject(value);
}

function listOf(value: IacValue | undefined): IacValue[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  return isUnknown(value) ? [] : [value];
}

function hasEntries(value: IacValue | undefined): boolean {
  return Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value !== '';
}
