import { UnknownValue, type IacValue } from '../../iac-value.ts';

/** `cidrsubnet`, `cidrhost` and `cidrnetmask` for IPv4 (IPv6 prefixes stay unknown). */
export const cidrFunctions: Record<string, (args: IacValue[]) => IacValue> = {
  cidrsubnet: ([prefix, newBits, netNum]) => {
    const parsed = parseIpv4Cidr(prefix);
    if (!parsed) return new UnknownValue(`cidrsubnet on ${String(prefix)} is not evaluated`);
    const length = parsed.length + Number(newBits);
    if (length > 32 || !Number.isInteger(Number(netNum))) throw new Error('the subnet does not fit');
    const base = (parsed.address & maskOf(parsed.length)) >>> 0;
    const address = (base + Number(netNum) * 2 ** (32 - length)) >>> 0;
    return `${formatIpv4(address)}/${length}`;
  },
  cidrhost: ([prefix, hostNum]) => {
    const parsed = parseIpv4Cidr(prefix);
    if (!parsed) return new UnknownValue(`cidrhost on ${String(prefix)} is not evaluated`);
    const size = 2 ** (32 - parsed.length);
    const offset = Number(hostNum) < 0 ? size + Number(hostNum) : Number(hostNum);
    return formatIpv4((((parsed.address & maskOf(parsed.length)) >>> 0) + offset) >>> 0);
  },
  cidrnetmask: ([prefix]) => {
    const parsed = parseIpv4Cidr(prefix);
    if (!parsed) return new UnknownValue(`cidrnetmask on ${String(prefix)} is not evaluated`);
    return formatIpv4(maskOf(parsed.length));
  },
};

function parseIpv4Cidr(value: IacValue | undefined): { address: number; length: number } | undefined {
  // Four dotted decimal octets, a slash and a prefix length.
  const match = typeof value === 'string' ? /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(value) : null;
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  const length = Number(match[5]);
  if (octets.some((octet) => octet > 255) || length > 32) return undefined;
  return { address: ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0, length };
}

function maskOf(length: number): number {
  return length === 0 ? 0 : (0xffffffff << (32 - length)) >>> 0;
}

function formatIpv4(address: number): string {
  return [24, 16, 8, 0].map((shift) => (address >>> shift) & 255).join('.');
}
