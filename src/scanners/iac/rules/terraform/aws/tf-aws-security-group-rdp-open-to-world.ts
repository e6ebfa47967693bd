import { judgeTerraformIngress, terraformIngressResourceTypes } from '../../../checks/terraform-security-group-ingress.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Remote Desktop exposed to the internet is one of the most common ways into networks: it is brute-forced and exploited (BlueKeep) constantly, and ransomware crews buy such access in bulk.
 */
export const tfAwsSecurityGroupRdpOpenToWorld: IacRule = {
  id: 'tf-aws-security-group-rdp-open-to-world',
  title: 'Security group allows RDP (port 3389) from 0.0.0.0/0',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-284', 'CIS-AWS-5.2'],
  equivalents: ['CKV_AWS_25'],
  description: 'An `aws_security_group` ingress block, an `aws_security_group_rule` of type ingress or an `aws_vpc_security_group_ingress_rule` whose port range includes 3389 (or that allows all traffic) from 0.0.0.0/0 or ::/0, or from no source at all.',
  remediation: 'Restrict the source to known ranges (`cidr_blocks = ["203.0.113.0/24"]`), a prefix list or a source security group; reach RDP through a VPN, AWS Systems Manager Fleet Manager or a bastion.',
  format: 'terraform',
  resourceTypes: terraformIngressResourceTypes,
  check: (resource) => judgeTerraformIngress(resource, 3389, 'Remote Desktop port 3389 is reachable from the whole internet: attackers brute-force and exploit RDP within hours of exposure'),
};
