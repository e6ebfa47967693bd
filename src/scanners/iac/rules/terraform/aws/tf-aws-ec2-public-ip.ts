import { expectAttribute } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';
import { asBoolean } from '../../../iac-value.ts';

/**
 * An instance with a public address can be reached from the internet on any port its security
 * groups open, and can reach out without a NAT that logs or filters; keep instances private
 * behind load balancers.
 */
export const tfAwsEc2PublicIp: IacRule = {
  id: 'tf-aws-ec2-public-ip',
  title: 'EC2 instance gets a public IP address',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_88'],
  description: 'An `aws_instance` with `associate_public_ip_address = true`, or an `aws_launch_template` whose first `network_interfaces` block sets it.',
  remediation: 'Set `associate_public_ip_address = false`, launch in private subnets, and expose services through a load balancer.',
  format: 'terraform',
  resourceTypes: ['aws_instance', 'aws_launch_template'],
  check: (instance) =>
    expectAttribute(instance, instance.type === 'aws_launch_template' ? 'network_interfaces.associate_public_ip_address' : 'associate_public_ip_address', {
      // Only a value that means true asks for an address; anything else (false, a stray string Terraform would reject) does not.
      accept: (value) => asBoolean(value) !== true,
      whenMissing: 'pass',
      message: 'the instance gets a public IP address: every port its security groups open is reachable from the internet',
    }),
};
