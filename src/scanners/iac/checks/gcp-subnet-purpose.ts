import { valueAt, type IacResource } from '../iac-resource.ts';
import { unknown, type IacVerdict } from '../iac-rule.ts';
import { isUnknown } from '../iac-value.ts';

/** `purpose` values of proxy-only subnets, which support neither flow logs nor Private Google Access. */
const PROXY_SUBNET_PURPOSES = new Set(['INTERNAL_HTTPS_LOAD_BALANCER', 'REGIONAL_MANAGED_PROXY', 'GLOBAL_MANAGED_PROXY']);

/** An unknown verdict for proxy-only subnets (or an unknown purpose); undefined for ordinary subnets. */
export function proxyOnlySubnet(subnet: IacResource): IacVerdict | undefined {
  const purpose = valueAt(subnet, 'purpose');
  if (isUnknown(purpose)) return unknown(purpose.reason, 'purpose');
  if (typeof purpose === 'string' && PROXY_SUBNET_PURPOSES.has(purpose)) return unknown(`a ${purpose} subnet cannot have this setting`, 'purpose');
  return undefined;
}
