import { valueAt, type IacResource } from '../iac-resource.ts';
import { fail, pass, unknown, type IacVerdict } from '../iac-rule.ts';
import { asBoolean, asNumber, isUnknown, type IacValue, type UnknownValue } from '../iac-value.ts';
import { opensToWorld, type WorldSpellings } from './world-open-cidr.ts';

/** Where a `google_compute_firewall` lets the whole internet in, or why that could not be decided. */
export type FirewallExposure =
  | { outcome: 'closed' }
  | { outcome: 'open'; path: string }
  | { outcome: 'unknown'; reason: string; path?: string };

/** Protocols whose rules carry ports: a block of these without `ports` allows every port. */
const PORTED_PROTOCOLS = new Set(['tcp', 'udp', 'sctp', '6', '17', '132']);

/**
 * Whether an ingress firewall rule admits traffic from anywhere (`0.0.0.0/0` or `::/0` in
 * `source_ranges`) to `port`, through an `allow` block that lists the port (a number, a string, or
 * a `"from-to"` range). Egress and disabled rules admit nothing. A block without `ports` is judged by
 * `firewallOpensAllPorts`, not here, as Checkov's per-port checks do.
 */
export function firewallOpensPort(firewall: IacResource, port: number): FirewallExposure {
  return firewallExposure(firewall, 'cidr', (block) => blockListsPort(block, port));
}

/**
 * Whether an ingress firewall rule admits traffic from anywhere to every port: protocol `all`, or a
 * port-carrying protocol (tcp, udp, sctp) with no `ports` or a range covering 0-65535. Sources
 * written as a bare `0.0.0.0` or `::0` count as anywhere here, as Checkov's all-ports check does.
 */
export function firewallOpensAllPorts(firewall: IacResource): FirewallExposure {
  return firewallExposure(firewall, 'cidr-or-bare-address', (block) => {
    const protocol = valueAt(block, 'protocol');
    if (isUnknown(protocol)) return protocol;
    if (typeof protocol !== 'string') return false;
    const lower = protocol.toLowerCase();
    if (lower === 'all') return true;
    if (!PORTED_PROTOCOLS.has(lower)) return false;
    const ports = valueAt(block, 'ports');
    if (ports === undefined || ports === null || (Array.isArray(ports) && ports.length === 0)) return true;
    const low = blockListsPort(block, 0);
    const high = blockListsPort(block, 65535);
    if (low === true && high === true) return true;
    return isUnknown(low) ? low : isUnknown(high) ? high : false;
  });
}

type BlockTest = (block: IacValue) => boolean | UnknownValue;

function firewallExposure(firewall: IacResource, spellings: WorldSpellings, opens: BlockTest): FirewallExposure {
  const direction = valueAt(firewall, 'direction');
  if (isUnknown(direction)) return { outcome: 'unknown', reason: direction.reason, path: 'direction' };
  if (typeof direction === 'string' && direction.toUpperCase() === 'EGRESS') return { outcome: 'closed' };
  const disabled = asBoolean(valueAt(firewall, 'disabled'));
  if (isUnknown(disabled)) return { outcome: 'unknown', reason: disabled.reason, path: 'disabled' };
  if (disabled === true) return { outcome: 'closed' };

  const world = opensToWorld([valueAt(firewall, 'source_ranges')], spellings);
  if (world === false) return { outcome: 'closed' };
  const allow = valueAt(firewall, 'allow');
  const blocks = Array.isArray(allow) ? allow : allow === undefined || allow === null ? [] : [allow];
  let undecided: FirewallExposure | undefined;
  for (const [index, block] of blocks.entries()) {
    if (isUnknown(block)) {
      undecided ??= { outcome: 'unknown', reason: block.reason, path: 'allow' };
      continue;
    }
    const verdict = opens(block);
    if (isUnknown(verdict)) undecided ??= { outcome: 'unknown', reason: verdict.reason, path: `allow.${index}` };
    else if (verdict) {
      if (isUnknown(world)) undecided ??= { outcome: 'unknown', reason: world.reason, path: 'source_ranges' };
      else return { outcome: 'open', path: valueAt(block, 'ports') === undefined ? `allow.${index}.protocol` : `allow.${index}.ports` };
    }
  }
  return undecided ?? { outcome: 'closed' };
}

/** True when the block's `ports` names the port or a range holding it; unknown entries leave it undecided. */
function blockListsPort(block: IacValue, port: number): boolean | UnknownValue {
  const ports = valueAt(block, 'ports');
  if (isUnknown(ports)) return ports;
  const entries = Array.isArray(ports) ? ports : ports === undefined || ports === null ? [] : [ports];
  let unknownMet: UnknownValue | undefined;
  for (const entry of entries) {
    if (isUnknown(entry)) {
      unknownMet ??= entry;
      continue;
    }
    if (entryCovers(entry, port)) return true;
  }
  return unknownMet ?? false;
}

function entryCovers(entry: IacValue, port: number): boolean {
  const single = asNumber(entry);
  if (typeof single === 'number') return single === port;
  if (typeof entry !== 'string') return false;
  // A range written "from-to", such as "1024-65535".
  const range = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(entry);
  return range !== null && Number(range[1]) <= port && port <= Number(range[2]);
}

/** Verdict of a per-port firewall rule: fails where the port is open to the world, naming what an attacker reaches. */
export function judgeFirewallPort(firewall: IacResource, port: number, consequence: string): IacVerdict {
  const exposure = firewallOpensPort(firewall, port);
  if (exposure.outcome === 'closed') return pass;
  if (exposure.outcome === 'unknown') return unknown(exposure.reason, exposure.path);
  return fail(`port ${port} is open to the whole internet: ${consequence}`, exposure.path);
}
