import { judgeTerraformIngress, terraformIngressResourceTypes } from '../../../checks/terraform-security-group-ingress.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Port 80 open to the internet serves plain HTTP to everyone: whatever listens there (often an admin page or an unpatched default server) is found by internet-wide scanners within hours, and its traffic is unencrypted.
 */
export const tfAwsSecurityGroupHttpOpenToWorld: IacRule = {
  id: 'tf-aws-security-group-http-open-to-world',
  title: 'Security group allows HTTP (port 80) from 0.0.0.0/0',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_260'],
  description: 'An `aws_security_group` ingress block, an `aws_security_group_rule` of type ingress or an `aws_vpc_security_group_ingress_rule` whose port range includes 80 (or that allows all traffic) from 0.0.0.0/0 or ::/0, or from no source at all.',
  remediation: 'Restrict the source to known ranges (`cidr_blocks = ["203.0.113.0/24"]`), a prefix list or a source security group; serve public sites through a load balancer with HTTPS.',
  format: 'terraform',
  resourceTypes: terraformIngressResourceTypes,
  check: (resource) => judgeTerraformIngress(resource, 80, 'web server port 80 is reachable from the whole internet, exposing whatever listens there to scanning and exploitation'),
};
