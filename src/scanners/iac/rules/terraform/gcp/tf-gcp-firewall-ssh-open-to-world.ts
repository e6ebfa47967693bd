import { judgeFirewallPort } from '../../../checks/gcp-firewall-ingress.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * SSH reachable from anywhere is brute-forced within minutes of an address going live, and any sshd flaw or leaked key becomes a shell on the instance.
 */
export const tfGcpFirewallSshOpenToWorld: IacRule = {
  id: 'tf-gcp-firewall-ssh-open-to-world',
  title: 'Firewall allows SSH from the internet',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-284', 'CIS-GCP-3.6'],
  equivalents: ['CKV_GCP_2', 'AVD-GCP-0027'],
  description: 'An ingress `google_compute_firewall` with `source_ranges` containing `0.0.0.0/0` (or `::/0`) and an `allow` block whose `ports` include 22 (SSH).',
  remediation: 'Restrict `source_ranges` to the addresses that need SSH (a VPN or bastion range, or Identity-Aware Proxy `35.235.240.0/20`), or remove port 22 from `allow.ports`.',
  format: 'terraform',
  resourceTypes: ['google_compute_firewall'],
  check: (firewall) => judgeFirewallPort(firewall, 22, 'anyone can try passwords and keys against SSH and exploit any sshd vulnerability on the instances it reaches'),
};
