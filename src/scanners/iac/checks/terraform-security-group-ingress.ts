import { blocksAt, valueAt, type IacResource } from '../iac-resource.ts';
import { fail, pass, unknown, type IacVerdict } from '../iac-rule.ts';
import { isUnknown } from '../iac-value.ts';
import { ingressOpensPortToWorld, isBlock, isSelfOnly, terraformIngressRule } from './aws-security-group-ingress.ts';

/** The Terraform resources that carry inbound security group rules. */
export const terraformIngressResourceTypes = ['aws_security_group', 'aws_security_group_rule', 'aws_vpc_security_group_ingress_rule'] as const;

/**
 * Judges a Terraform security group, rule resource or VPC ingress rule resource for a port open to
 * the world: each offending `ingress` block is one failure, placed at its address ranges. Egress
 * rules are not applicable. A `self` rule met before any offending one passes the group, as
 * Checkov does.
 */
export function judgeTerraformIngress(resource: IacResource, port: number, message: string): IacVerdict | IacVerdict[] {
  if (resource.type === 'aws_security_group') return judgeGroupBlocks(resource, port, message);
  if (resource.type === 'aws_security_group_rule') {
    const type = valueAt(resource, 'type');
    if (isUnknown(type)) return unknown(type.reason, 'type');
    if (type !== 'ingress') return unknown('egress rules do not admit inbound traffic', 'type');
  }
  const rule = terraformIngressRule(resource.attributes);
  if (isSelfOnly(rule)) return pass;
  const open = ingressOpensPortToWorld(rule, port);
  if (isUnknown(open)) return unknown(open.reason);
  return open ? fail(message, sourcePath(resource.attributes, '')) : pass;
}

function judgeGroupBlocks(group: IacResource, port: number, message: string): IacVerdict | IacVerdict[] {
  const failures: IacVerdict[] = [];
  let unknownVerdict: IacVerdict | undefined;
  for (const [index, block] of blocksAt(group, 'ingress').entries()) {
    if (isUnknown(block)) {
      unknownVerdict ??= unknown(block.reason, 'ingress');
      continue;
    }
    if (!isBlock(block)) continue;
    const rule = terraformIngressRule(block);
    if (isSelfOnly(rule) && failures.length === 0) return pass;
    const open = ingressOpensPortToWorld(rule, port);
    if (isUnknown(open)) unknownVerdict ??= unknown(open.reason, `ingress.${index}`);
    else if (open) failures.push(fail(message, sourcePath(block, `ingress.${index}.`), { detail: `ingress.${index}` }));
  }
  if (failures.length > 0) return failures;
  return unknownVerdict ?? pass;
}

/** The written address-range attribute of a rule (its line is where the world is let in), else the rule itself. */
function sourcePath(rule: Record<string, unknown>, prefix: string): string {
  for (const key of ['cidr_blocks', 'ipv6_cidr_blocks', 'cidr_ipv4', 'cidr_ipv6']) if (rule[key] !== undefined) return `${prefix}${key}`;
  return prefix === '' ? 'from_port' : prefix.slice(0, -1);
}
