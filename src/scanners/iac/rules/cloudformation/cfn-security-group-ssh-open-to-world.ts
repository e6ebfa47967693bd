import { cloudformationIngressTypes, judgeIngressPort } from '../../checks/cloudformation-security-group-ingress.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * Remote administration ports open to the whole internet are scanned constantly; SSH
 * reachable from 0.0.0.0/0 invites credential stuffing and exploits of the service itself,
 * and one weak password or unpatched host becomes a foothold in the network.
 */
export const cfnSecurityGroupSshOpenToWorld: IacRule = {
  id: 'cfn-security-group-ssh-open-to-world',
  title: 'SSH (port 22) open to the internet',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-284', 'CIS-AWS-5.2'],
  equivalents: ['CKV_AWS_24', 'AVD-AWS-0107'],
  description: 'An `AWS::EC2::SecurityGroup` `SecurityGroupIngress` entry, or an `AWS::EC2::SecurityGroupIngress`, whose port range includes 22 (or that allows all traffic with `IpProtocol: -1`) from `CidrIp: 0.0.0.0/0` or `CidrIpv6: ::/0`.',
  remediation: 'Restrict `CidrIp` to the administrators\' address ranges or a `SourceSecurityGroupId` of a bastion, or close the port and use SSM Session Manager.',
  format: 'cloudformation',
  resourceTypes: cloudformationIngressTypes,
  check: (group) => judgeIngressPort(group, 22, 'an inbound rule opens port 22 (SSH) to the whole internet: anyone on the internet can try passwords, keys and SSH exploits against the instances'),
};
