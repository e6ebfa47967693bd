import { isMissing } from '../../../checks/attribute-verdict.ts';
import { companionsOf } from '../../../checks/terraform-companions.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, type IacRule } from '../../../iac-rule.ts';

const ruleResourceTypes = ['aws_security_group_rule', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule'];

/**
 * Every VPC has a default security group that admits all traffic between its members and to the
 * internet, and resources launched without a group land in it. Terraform can only empty it
 * through `aws_default_security_group`; a VPC without one keeps the permissive default.
 */
export const tfAwsVpcDefaultSecurityGroupNotRestricted: IacRule = {
  id: 'tf-aws-vpc-default-security-group-not-restricted',
  title: 'VPC default security group not restricted',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-284'],
  equivalents: ['CKV2_AWS_12'],
  description: 'An `aws_vpc` without an `aws_default_security_group` for it (`vpc_id = aws_vpc.x.id`) that has no `ingress` or `egress` rules, inline or as separate rule resources.',
  remediation: 'Add `resource "aws_default_security_group" "default" { vpc_id = aws_vpc.x.id }` with no ingress or egress blocks, and give every resource its own security group.',
  format: 'terraform',
  resourceTypes: ['aws_vpc'],
  check(vpc, { graph }) {
    const defaults = companionsOf(vpc, graph, 'aws_default_security_group', 'vpc_id');
    const locked = defaults.some(
      (group) =>
        isMissing(valueAt(group, 'ingress')) &&
        isMissing(valueAt(group, 'egress')) &&
        ruleResourceTypes.every((type) => companionsOf(group, graph, type, 'security_group_id').length === 0),
    );
    if (locked) return pass;
    return fail(
      defaults.length === 0
        ? 'the VPC default security group is left permissive: anything launched without its own group is open to every other member and to outbound traffic'
        : 'the VPC default security group still has rules: anything launched without its own group inherits them',
    );
  },
};
