import { unknownReason } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { asBoolean, asNumber, containsUnknown } from '../../../iac-value.ts';

const EVERYWHERE = new Set(['0.0.0.0/0', '::/0']);

/**
 * A network ACL rule that lets in every port from anywhere removes the subnet-level layer of
 * defence: only security groups then stand between the internet and every service in the subnet.
 */
export const tfAwsNetworkAclAllowsAllTraffic: IacRule = {
  id: 'tf-aws-network-acl-allows-all-traffic',
  title: 'Network ACL rule allows all inbound traffic from anywhere',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_352'],
  description: 'An inbound `aws_network_acl_rule` (`egress` false or missing) that allows traffic from `0.0.0.0/0` or `::/0` with no port range (`from_port` missing or empty).',
  remediation: 'Allow only the ports the subnet serves (`from_port = 443`, `to_port = 443`), and let security groups do the fine-grained filtering.',
  format: 'terraform',
  resourceTypes: ['aws_network_acl_rule'],
  check(rule) {
    const egress = valueAt(rule, 'egress');
    const action = valueAt(rule, 'rule_action');
    const cidrPath = valueAt(rule, 'cidr_block') === undefined ? 'ipv6_cidr_block' : 'cidr_block';
    const cidr = valueAt(rule, cidrPath);
    const from = valueAt(rule, 'from_port');
    for (const [value, path] of [[egress, 'egress'], [action, 'rule_action'], [cidr, cidrPath], [from, 'from_port']] as const) {
      if (containsUnknown(value)) return unknown(unknownReason(value), path);
    }
    if (asBoolean(egress) === true || action !== 'allow' || typeof cidr !== 'string' || !EVERYWHERE.has(cidr)) return pass;
    const hasPorts = typeof asNumber(from) === 'number' && from !== '';
    if (hasPorts) return pass;
    return fail('every port is open to the internet at the subnet boundary: only security groups are left to stop traffic', cidrPath);
  },
};
