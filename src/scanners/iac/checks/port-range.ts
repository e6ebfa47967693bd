import { asNumber, isUnknown, type IacValue, type UnknownValue } from '../iac-value.ts';

/**
 * Whether a rule's port range covers `port`. Providers spell "every port" several ways: protocol
 * `-1`/`all`, or `from_port = 0` with `to_port = 0` (AWS security groups). A missing bound is
 * treated as the other bound. Unknown bounds give the unknown.
 */
export function rangeCoversPort(fromPort: IacValue | undefined, toPort: IacValue | undefined, port: number, protocol?: IacValue): boolean | UnknownValue {
  if (isUnknown(protocol)) return protocol;
  const from = asNumber(fromPort);
  const to = asNumber(toPort);
  if (isUnknown(from)) return from;
  if (isUnknown(to)) return to;
  const allProtocols = typeof protocol === 'string' && (protocol === '-1' || protocol.toLowerCase() === 'all');
  if (from === undefined && to === undefined) return allProtocols;
  const low = from ?? to!;
  const high = to ?? from!;
  if (low === 0 && high === 0) return true;
  if (allProtocols && low <= 0 && high >= 65535) return true;
  // -1 means "all ports" for ICMP-style rules written with a port field.
  if (low === -1 && high === -1) return allProtocols;
  return low <= port && port <= high;
}
