import { cloudformationIngressTypes, judgeIngressPort } from '../../checks/cloudformation-security-group-ingress.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * Port 80 open to the internet usually means a service answering in plain HTTP to everyone:
 * credentials and sessions travel unencrypted, and an admin or debug page not meant for the
 * public is one path away.
 */
export const cfnSecurityGroupHttpOpenToWorld: IacRule = {
  id: 'cfn-security-group-http-open-to-world',
  title: 'HTTP (port 80) open to the internet',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-284', 'CWE-319'],
  equivalents: ['CKV_AWS_260'],
  description: 'An `AWS::EC2::SecurityGroup` `SecurityGroupIngress` entry, or an `AWS::EC2::SecurityGroupIngress`, whose port range includes 80 (or that allows all traffic with `IpProtocol: -1`) from `CidrIp: 0.0.0.0/0` or `CidrIpv6: ::/0`.',
  remediation: 'Serve HTTPS on 443 and let a load balancer or CloudFront redirect HTTP; restrict `CidrIp` on port 80 to the sources that need it.',
  format: 'cloudformation',
  resourceTypes: cloudformationIngressTypes,
  check: (group) => judgeIngressPort(group, 80, 'an inbound rule opens port 80 (HTTP) to the whole internet: traffic to it is unencrypted and any page behind it is public'),
};
