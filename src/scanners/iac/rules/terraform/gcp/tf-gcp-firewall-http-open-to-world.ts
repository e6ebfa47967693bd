import { judgeFirewallPort } from '../../../checks/gcp-firewall-ingress.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Unencrypted HTTP open to the internet exposes whatever listens on port 80 and the data it carries, which anyone on the path can read or change.
 */
export const tfGcpFirewallHttpOpenToWorld: IacRule = {
  id: 'tf-gcp-firewall-http-open-to-world',
  title: 'Firewall allows plain HTTP from the internet',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-319'],
  equivalents: ['CKV_GCP_106'],
  description: 'An ingress `google_compute_firewall` with `source_ranges` containing `0.0.0.0/0` (or `::/0`) and an `allow` block whose `ports` include 80 (plain HTTP).',
  remediation: 'Restrict `source_ranges` to the addresses that need plain HTTP (a VPN or bastion range, or Identity-Aware Proxy `35.235.240.0/20`), or remove port 80 from `allow.ports`.',
  format: 'terraform',
  resourceTypes: ['google_compute_firewall'],
  check: (firewall) => judgeFirewallPort(firewall, 80, 'anyone can reach unencrypted HTTP services, whose traffic and credentials can be read or altered in transit'),
};
