import { judgeFirewallPort } from '../../../checks/gcp-firewall-ingress.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * FTP sends credentials and files in clear text and its servers are frequently exploited; it should never face the internet.
 */
export const tfGcpFirewallFtpOpenToWorld: IacRule = {
  id: 'tf-gcp-firewall-ftp-open-to-world',
  title: 'Firewall allows FTP control from the internet',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-319'],
  equivalents: ['CKV_GCP_75'],
  description: 'An ingress `google_compute_firewall` with `source_ranges` containing `0.0.0.0/0` (or `::/0`) and an `allow` block whose `ports` include 21 (FTP).',
  remediation: 'Restrict `source_ranges` to the addresses that need FTP (a VPN or bastion range, or Identity-Aware Proxy `35.235.240.0/20`), or remove port 21 from `allow.ports`.',
  format: 'terraform',
  resourceTypes: ['google_compute_firewall'],
  check: (firewall) => judgeFirewallPort(firewall, 21, 'anyone can brute-force FTP logins, which travel unencrypted'),
};
