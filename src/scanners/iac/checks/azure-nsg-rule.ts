import { isIacObject, isUnknown, UnknownValue, type IacObject, type IacValue } from '../iac-value.ts';
import type { IacResource } from '../iac-resource.ts';
import { fail, pass, unknown, type IacVerdict } from '../iac-rule.ts';

/** True, false, or "cannot tell" (the unknown that blocked the answer). */
export type Maybe = boolean | UnknownValue;

/** One Azure NSG rule: a `security_rule` block of a group, or a whole `azurerm_network_security_rule`. */
export interface NsgRule {
  /** Attribute path of the rule inside its resource (`security_rule.1`), or undefined for a standalone rule resource. */
  path: string | undefined;
  /** The rule's attributes, or an unknown when a dynamic block's contents could not be worked out. */
  value: IacObject | UnknownValue;
}

// Source prefixes Azure treats as "anyone": the wildcard, the Internet service tag, "Any", and IPv4/IPv6 catch-alls.
const internetSources = new Set(['*', 'internet', 'any', '0.0.0.0', '::']);
// A port range written as `from-to` (`20-25`), spaces allowed around the dash.
const portRangePattern = /^\s*(\d+)\s*-\s*(\d+)\s*$/;

export function nsgRulesOf(resource: IacResource): NsgRule[] {
  if (resource.type !== 'azurerm_network_security_group') return [{ path: undefined, value: resource.attributes }];
  const blocks = resource.attributes.security_rule;
  if (blocks === undefined || blocks === null) return [];
  if (isUnknown(blocks)) return [{ path: 'security_rule', value: blocks }];
  if (!Array.isArray(blocks)) return isIacObject(blocks) ? [{ path: 'security_rule.0', value: blocks }] : [];
  return blocks.flatMap((block, index): NsgRule[] => {
    if (isUnknown(block)) return [{ path: `security_rule.${index}`, value: block }];
    return isIacObject(block) ? [{ path: `security_rule.${index}`, value: block }] : [];
  });
}

/**
 * Whether the rule lets anyone on the Internet reach `port` over one of `protocols` (lower case,
 * `*` always counts): an inbound Allow rule whose destination ports include the port and whose
 * source is `*`, `Internet`, `Any` or a `/0` network.
 */
export function opensPortToInternet(rule: NsgRule, port: number, protocols: readonly string[]): Maybe {
  if (isUnknown(rule.value)) return rule.value;
  const attributes = rule.value;
  return allOf([
    equalsIgnoringCase(attributes.access, ['allow']),
    equalsIgnoringCase(attributes.direction, ['inbound']),
    equalsIgnoringCase(attributes.protocol, [...protocols, '*']),
    anyOf([portsInclude(attributes.destination_port_range, port), listAny(attributes.destination_port_ranges, (range) => portsInclude(range, port))]),
    anyOf([isInternetSource(attributes.source_address_prefix), listAny(attributes.source_address_prefixes, isInternetSource)]),
  ]);
}

export function isInternetSource(value: IacValue | undefined): Maybe {
  if (isUnknown(value)) return value;
  if (typeof value !== 'string') return false;
  const prefix = value.trim().toLowerCase();
  return internetSources.has(prefix) || prefix.endsWith('/0');
}

/** Whether a port spec (`22`, `"22"`, `"20-25"`, `"*"`) includes the port. */
export function portsInclude(value: IacValue | undefined, port: number): Maybe {
  if (isUnknown(value)) return value;
  if (typeof value === 'number') return value === port;
  if (typeof value !== 'string') return false;
  if (value.trim() === '*' || value.trim() === String(port)) return true;
  const range = portRangePattern.exec(value);
  return range !== null && Number(range[1]) <= port && port <= Number(range[2]);
}

/** Whether a string equals one of `wanted` (lower case), ignoring case. */
export function equalsIgnoringCase(value: IacValue | undefined, wanted: readonly string[]): Maybe {
  if (isUnknown(value)) return value;
  return typeof value === 'string' && wanted.includes(value.trim().toLowerCase());
}

/** Whether any element of a list passes `test`; a non-list is false. */
export function listAny(value: IacValue | undefined, test: (element: IacValue) => Maybe): Maybe {
  if (isUnknown(value)) return value;
  if (!Array.isArray(value)) return false;
  return anyOf(value.map(test));
}

/** Three-valued AND: false wins over unknown, unknown over true. */
export function allOf(values: readonly Maybe[]): Maybe {
  if (values.includes(false)) return false;
  return values.find(isUnknown) ?? true;
}

/** Three-valued OR: true wins over unknown, unknown over false. */
export function anyOf(values: readonly Maybe[]): Maybe {
  if (values.includes(true)) return true;
  return values.find(isUnknown) ?? false;
}

/**
 * One verdict per offending rule of a group or standalone rule resource (`test` true fails it, at
 * the rule's block), unknowns for rules that could not be judged, and a pass when none offend.
 */
export function nsgRuleVerdicts(resource: IacResource, test: (rule: NsgRule) => Maybe, message: string): IacVerdict[] {
  const verdicts: IacVerdict[] = [];
  for (const rule of nsgRulesOf(resource)) {
    const result = test(rule);
    if (result === true) verdicts.push(fail(message, rule.path, { detail: rule.path ?? '' }));
    else if (isUnknown(result)) verdicts.push(unknown(result.reason, rule.path));
  }
  return verdicts.length > 0 ? verdicts : [pass];
}
