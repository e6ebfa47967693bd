import { judgeFirewallPort } from '../../../checks/gcp-firewall-ingress.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Databases reachable from the internet are brute-forced and mass-exploited; ransom notes in emptied MySQL databases are a well-known result.
 */
export const tfGcpFirewallMysqlOpenToWorld: IacRule = {
  id: 'tf-gcp-firewall-mysql-open-to-world',
  title: 'Firewall allows MySQL from the internet',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_GCP_88'],
  description: 'An ingress `google_compute_firewall` with `source_ranges` containing `0.0.0.0/0` (or `::/0`) and an `allow` block whose `ports` include 3306 (MySQL).',
  remediation: 'Restrict `source_ranges` to the addresses that need MySQL (a VPN or bastion range, or Identity-Aware Proxy `35.235.240.0/20`), or remove port 3306 from `allow.ports`.',
  format: 'terraform',
  resourceTypes: ['google_compute_firewall'],
  check: (firewall) => judgeFirewallPort(firewall, 3306, 'anyone can brute-force database logins and exploit MySQL vulnerabilities'),
};
