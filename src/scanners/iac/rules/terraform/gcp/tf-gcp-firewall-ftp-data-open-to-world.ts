import { judgeFirewallPort } from '../../../checks/gcp-firewall-ingress.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * The FTP data port carries files in clear text; opening it to the internet exposes transfers and the server behind it.
 */
export const tfGcpFirewallFtpDataOpenToWorld: IacRule = {
  id: 'tf-gcp-firewall-ftp-data-open-to-world',
  title: 'Firewall allows FTP data from the internet',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-319'],
  equivalents: ['CKV_GCP_77'],
  description: 'An ingress `google_compute_firewall` with `source_ranges` containing `0.0.0.0/0` (or `::/0`) and an `allow` block whose `ports` include 20 (FTP data).',
  remediation: 'Restrict `source_ranges` to the addresses that need FTP data (a VPN or bastion range, or Identity-Aware Proxy `35.235.240.0/20`), or remove port 20 from `allow.ports`.',
  format: 'terraform',
  resourceTypes: ['google_compute_firewall'],
  check: (firewall) => judgeFirewallPort(firewall, 20, 'anyone can connect to the FTP data channel, whose transfers are unencrypted'),
};
