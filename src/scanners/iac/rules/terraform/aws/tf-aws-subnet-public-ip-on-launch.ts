import { expectAttribute, isBoolean } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Every instance launched in the subnet gets a public address, so any service it runs, including ones meant to be internal, is reachable from the internet when a security group is loose.
 */
export const tfAwsSubnetPublicIpOnLaunch: IacRule = {
  id: 'tf-aws-subnet-public-ip-on-launch',
  title: 'Subnet assigns public IPs by default',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_130', 'AVD-AWS-0164'],
  description: 'An `aws_subnet` with `map_public_ip_on_launch = true` (the default, `false`, passes).',
  remediation: 'Remove `map_public_ip_on_launch = true`; give public addresses only to the load balancers or NAT gateways that need them.',
  format: 'terraform',
  resourceTypes: ['aws_subnet'],
  check: (resource) => expectAttribute(resource, 'map_public_ip_on_launch', { accept: isBoolean(false), whenMissing: 'pass', message: 'instances launched here get public IP addresses: internal services become reachable from the internet as soon as a security group allows it' }),
};
