import { firewallOpensAllPorts } from '../../../checks/gcp-firewall-ingress.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';

/**
 * A rule that admits every port from anywhere exposes every service on the targeted instances,
 * including admin interfaces and databases nobody meant to publish.
 */
export const tfGcpFirewallAllPortsOpenToWorld: IacRule = {
  id: 'tf-gcp-firewall-all-ports-open-to-world',
  title: 'Firewall allows all ports from the internet',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV2_GCP_12', 'AVD-GCP-0027'],
  description: 'An ingress `google_compute_firewall` with `source_ranges` containing `0.0.0.0/0` or `::/0` (or the bare `0.0.0.0` / `::0`) and an `allow` block with protocol `all`, or tcp/udp/sctp without `ports` or with `0-65535`.',
  remediation: 'List only the ports the service needs in `allow.ports` and restrict `source_ranges` to known networks.',
  format: 'terraform',
  resourceTypes: ['google_compute_firewall'],
  check(firewall) {
    const exposure = firewallOpensAllPorts(firewall);
    if (exposure.outcome === 'closed') return pass;
    if (exposure.outcome === 'unknown') return unknown(exposure.reason, exposure.path);
    return fail('every port is open to the whole internet: any service on the targeted instances, admin consoles and databases included, can be attacked directly', exposure.path);
  },
};
