import { judgeFirewallPort } from '../../../checks/gcp-firewall-ingress.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Internet-facing RDP is the most common ransomware entry point: it is brute-forced constantly and has had wormable vulnerabilities.
 */
export const tfGcpFirewallRdpOpenToWorld: IacRule = {
  id: 'tf-gcp-firewall-rdp-open-to-world',
  title: 'Firewall allows RDP from the internet',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-284', 'CIS-GCP-3.7'],
  equivalents: ['CKV_GCP_3', 'AVD-GCP-0027'],
  description: 'An ingress `google_compute_firewall` with `source_ranges` containing `0.0.0.0/0` (or `::/0`) and an `allow` block whose `ports` include 3389 (RDP).',
  remediation: 'Restrict `source_ranges` to the addresses that need RDP (a VPN or bastion range, or Identity-Aware Proxy `35.235.240.0/20`), or remove port 3389 from `allow.ports`.',
  format: 'terraform',
  resourceTypes: ['google_compute_firewall'],
  check: (firewall) => judgeFirewallPort(firewall, 3389, 'anyone can brute-force Windows logins and exploit RDP vulnerabilities such as BlueKeep on the instances it reaches'),
};
