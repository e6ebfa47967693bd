import { blocksAt, valueAt, type IacResource } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { asBoolean, isIacObject, isUnknown, type IacValue } from '../../../iac-value.ts';
import { opensToWorld } from '../../../checks/world-open-cidr.ts';
import { rangeCoversPort } from '../../../checks/port-range.ts';

const SSH = 22;
const MESSAGE = 'SSH (port 22) is reachable from the whole internet: anyone can try stolen keys, weak passwords or an sshd exploit against the hosts in this group';

/**
 * SSH open to 0.0.0.0/0 or ::/0 puts every host in the group in reach of internet-wide scanners
 * that try leaked keys, password lists and sshd vulnerabilities within minutes of exposure.
 */
export const tfAwsSecurityGroupSshOpenToWorld: IacRule = {
  id: 'tf-aws-security-group-ssh-open-to-world',
  title: 'Security group opens SSH to the internet',
  severity: 'high',
  confidence: 'high',
  format: 'terraform',
  resourceTypes: ['aws_security_group', 'aws_security_group_rule', 'aws_vpc_security_group_ingress_rule'],
  tags: ['CWE-284', 'CIS-AWS-5.2'],
  equivalents: ['CKV_AWS_24', 'AVD-AWS-0107'],
  description: 'An ingress rule (an `ingress` block of `aws_security_group`, an `aws_security_group_rule` of `type = "ingress"`, or an `aws_vpc_security_group_ingress_rule`) whose port range covers 22 (`from_port = 0, to_port = 0` and protocol `-1` count as every port) and whose sources include `0.0.0.0/0` or `::/0`.',
  remediation: 'Limit `cidr_blocks` (or `cidr_ipv4`) to the addresses that administer the hosts, e.g. a VPN range `10.20.0.0/16`, or remove the SSH rule and use AWS Systems Manager Session Manager.',
  check: (resource) => (resource.type === 'aws_security_group' ? checkGroup(resource) : checkRule(resource)),
};

function checkGroup(group: IacResource): IacVerdict[] {
  const ingress = blocksAt(group, 'ingress');
  const verdicts: IacVerdict[] = [];
  for (const [index, rule] of ingress.entries()) {
    if (isUnknown(rule)) {
      verdicts.push(unknown(rule.reason, `ingress.${index}`));
      continue;
    }
    if (!isIacObject(rule)) continue;
    const verdict = judge(rule, ['cidr_blocks', 'ipv6_cidr_blocks'], `ingress.${index}`);
    if (verdict.outcome !== 'pass') verdicts.push(verdict);
  }
  return verdicts.length > 0 ? verdicts : [pass];
}

function checkRule(rule: IacResource): IacVerdict {
  if (rule.type === 'aws_security_group_rule') {
    const direction = valueAt(rule, 'type');
    if (isUnknown(direction)) return unknown(direction.reason, 'type');
    if (direction !== 'ingress') return pass;
    return judge(rule.attributes, ['cidr_blocks', 'ipv6_cidr_blocks'], '');
  }
  return judge(rule.attributes, ['cidr_ipv4', 'cidr_ipv6'], '');
}

/** One ingress rule: `self = true` and prefix lists are not the internet; otherwise port 22 from a world CIDR fails. */
function judge(rule: { [key: string]: IacValue }, cidrKeys: readonly string[], prefix: string): IacVerdict {
  const at = (key: string): string => (prefix ? `${prefix}.${key}` : key);
  if (asBoolean(rule.self) === true) return pass;
  const covers = rangeCoversPort(rule.from_port, rule.to_port, SSH, rule.protocol ?? rule.ip_protocol);
  if (isUnknown(covers)) return unknown(covers.reason, at('from_port'));
  if (!covers) return pass;
  const open = opensToWorld(cidrKeys.map((key) => rule[key]), 'cidr');
  if (isUnknown(open)) return unknown(open.reason, at(cidrKeys[0]!));
  if (!open) return pass;
  const cidrKey = cidrKeys.find((key) => opensToWorld([rule[key]], 'cidr') === true) ?? cidrKeys[0]!;
  return fail(MESSAGE, at(cidrKey), { detail: at(cidrKey) });
}
