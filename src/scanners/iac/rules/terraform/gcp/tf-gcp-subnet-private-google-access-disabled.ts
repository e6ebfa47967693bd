import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import { proxyOnlySubnet } from '../../../checks/gcp-subnet-purpose.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Without Private Google Access, VMs without external IPs cannot reach Google APIs, which pushes
 * teams to give VMs public addresses or route API traffic through the internet.
 */
export const tfGcpSubnetPrivateGoogleAccessDisabled: IacRule = {
  id: 'tf-gcp-subnet-private-google-access-disabled',
  title: 'Subnet without Private Google Access',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_GCP_74'],
  description: 'A `google_compute_subnetwork` without `private_ip_google_access = true` (proxy-only subnets are not judged).',
  remediation: 'Set `private_ip_google_access = true` so VMs without external IPs reach Google APIs privately.',
  format: 'terraform',
  resourceTypes: ['google_compute_subnetwork'],
  check(subnet) {
    return proxyOnlySubnet(subnet) ??
      expectAttribute(subnet, 'private_ip_google_access', {
      accept: isBoolean(true),
      whenMissing: 'fail',
      message: 'Private Google Access is off: VMs need public IPs or internet routing to reach Google APIs, widening their exposure',
    });
  },
};
