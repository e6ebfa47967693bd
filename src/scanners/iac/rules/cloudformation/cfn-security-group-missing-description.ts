import { blocksAt, valueAt } from '../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { isIacObject, isUnknown } from '../../iac-value.ts';

/**
 * Firewall rules outlive the people who wrote them; without a description nobody can tell
 * whether an opening is still needed, so stale holes stay open and reviews cannot spot the odd
 * one out.
 */
export const cfnSecurityGroupMissingDescription: IacRule = {
  id: 'cfn-security-group-missing-description',
  title: 'Security group rule without description',
  severity: 'low',
  confidence: 'high',
  tags: ['CWE-710'],
  equivalents: ['CKV_AWS_23', 'AVD-AWS-0124'],
  description: 'An `AWS::EC2::SecurityGroup` with a `SecurityGroupIngress` or `SecurityGroupEgress` entry without a non-empty `Description`, or an `AWS::EC2::SecurityGroupIngress` / `SecurityGroupEgress` without one.',
  remediation: 'Give every rule a `Description` saying who needs the access and why (`Description: HTTPS from the corporate proxy`).',
  format: 'cloudformation',
  resourceTypes: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress', 'AWS::EC2::SecurityGroupEgress'],
  check(group) {
    const message = 'a security group rule has no description: reviewers cannot tell why the access exists, so stale openings stay open';
    if (group.type !== 'AWS::EC2::SecurityGroup') {
      const description = valueAt(group, 'Description');
      if (isUnknown(description)) return pass;
      return typeof description === 'string' && description.trim() !== '' ? pass : fail(message);
    }
    const verdicts: IacVerdict[] = [];
    for (const kind of ['SecurityGroupIngress', 'SecurityGroupEgress'] as const) {
      const list = valueAt(group, kind);
      if (isUnknown(list)) verdicts.push(unknown(list.reason, kind));
      blocksAt(group, kind).forEach((rule, index) => {
        if (!isIacObject(rule)) return;
        const description = rule['Description'];
        if (isUnknown(description) || (typeof description === 'string' && description.trim() !== '')) return;
        verdicts.push(fail(message, `${kind}.${index}`, { detail: `${kind}.${index}` }));
      });
    }
    return verdicts.length > 0 ? verdicts : pass;
  },
};
