import { expectAttribute, isOneOf } from '../../../checks/attribute-verdict.ts';
import { proxyOnlySubnet } from '../../../checks/gcp-subnet-purpose.ts';
import { valueAt } from '../../../iac-resource.ts';
import { unknown, type IacRule } from '../../../iac-rule.ts';
import { isUnknown } from '../../../iac-value.ts';

/**
 * On dual-stack subnets, VMs without external IPv6 addresses need private IPv6 Google access to
 * reach Google APIs; without it teams hand out public addresses or route API traffic over the internet.
 */
export const tfGcpSubnetIpv6PrivateGoogleAccessDisabled: IacRule = {
  id: 'tf-gcp-subnet-ipv6-private-google-access-disabled',
  title: 'Dual-stack subnet without private IPv6 Google access',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_GCP_76'],
  description: 'A `google_compute_subnetwork` with `stack_type = "IPV4_IPV6"` whose `private_ipv6_google_access` is not `ENABLE_OUTBOUND_VM_ACCESS_TO_GOOGLE` or `ENABLE_BIDIRECTIONAL_ACCESS_TO_GOOGLE` (IPv4-only and proxy-only subnets are not judged).',
  remediation: 'Set `private_ipv6_google_access = "ENABLE_OUTBOUND_VM_ACCESS_TO_GOOGLE"`.',
  format: 'terraform',
  resourceTypes: ['google_compute_subnetwork'],
  check(subnet) {
    const proxy = proxyOnlySubnet(subnet);
    if (proxy) return proxy;
    const stack = valueAt(subnet, 'stack_type');
    if (isUnknown(stack)) return unknown(stack.reason, 'stack_type');
    if (stack !== 'IPV4_IPV6') return unknown('the subnet is IPv4-only', 'stack_type');
    return expectAttribute(subnet, 'private_ipv6_google_access', {
      accept: isOneOf('ENABLE_OUTBOUND_VM_ACCESS_TO_GOOGLE', 'ENABLE_BIDIRECTIONAL_ACCESS_TO_GOOGLE'),
      whenMissing: 'fail',
      message: 'private IPv6 Google access is off: IPv6-only workloads need public addresses or internet routing to reach Google APIs',
    });
  },
};
