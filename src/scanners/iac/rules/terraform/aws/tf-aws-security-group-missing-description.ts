import { blocksAt, valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { isIacObject, isUnknown, type IacValue } from '../../../iac-value.ts';

/**
 * Security groups and their rules outlive the people who wrote them; without a description
 * nobody can tell whether an opening is still needed, so stale holes stay open and reviews of
 * firewall changes cannot spot the odd one out.
 */
export const tfAwsSecurityGroupMissingDescription: IacRule = {
  id: 'tf-aws-security-group-missing-description',
  title: 'Security group or rule without description',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-710'],
  equivalents: ['CKV_AWS_23', 'AVD-AWS-0099', 'AVD-AWS-0124'],
  description: 'An AWS security group (`aws_security_group`, `aws_db_security_group`, `aws_elasticache_security_group`, `aws_redshift_security_group`) or rule resource without a non-empty `description`, or a group with an `ingress` or `egress` block that has none.',
  remediation: 'Set `description` on the group and on every `ingress` / `egress` block or rule resource, saying who needs the access and why.',
  format: 'terraform',
  resourceTypes: [
    'aws_security_group',
    'aws_security_group_rule',
    'aws_db_security_group',
    'aws_elasticache_security_group',
    'aws_redshift_security_group',
    'aws_vpc_security_group_egress_rule',
    'aws_vpc_security_group_ingress_rule',
  ],
  check(group) {
    const verdicts: IacVerdict[] = [];
    const own = judgeDescription(valueAt(group, 'description'), 'description', 'has no description');
    if (own) verdicts.push(own);
    // Rule resources carry `type`; only groups have nested rule blocks.
    if (group.type !== 'aws_security_group_rule') {
      for (const kind of ['ingress', 'egress'] as const) {
        blocksAt(group, kind).forEach((block, index) => {
          if (isUnknown(block)) verdicts.push(unknown(block.reason, kind));
          else if (isIacObject(block)) {
            const verdict = judgeDescription(block['description'], `${kind}.${index}`, `has an ${kind} rule without description`);
            if (verdict) verdicts.push(verdict);
          }
        });
      }
    }
    return verdicts.length > 0 ? verdicts : pass;
  },
};

function judgeDescription(value: IacValue | undefined, path: string, what: string): IacVerdict | undefined {
  if (isUnknown(value)) return unknown(value.reason, path);
  if (typeof value === 'string' && value.trim() !== '') return undefined;
  return fail(`the security group ${what}: reviewers cannot tell why the access exists, so stale openings stay open`, path, { detail: path });
}
