import { blocksAt, valueAt } from '../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { isIacObject, isUnknown, type IacValue } from '../../iac-value.ts';
import { parseLenientJson } from '../../checks/aws-iam-policy.ts';

/**
 * A trust policy with `AWS: "*"` lets any AWS account in the world assume the role; whatever
 * the role may do, strangers may do too, limited only by the conditions someone remembered.
 */
export const cfnIamRoleAssumableByAnyone: IacRule = {
  id: 'cfn-iam-role-assumable-by-anyone',
  title: 'IAM role assumable by any AWS principal',
  severity: 'critical',
  confidence: 'medium',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_60'],
  description: 'An `AWS::IAM::Role` whose `AssumeRolePolicyDocument` has an Allow statement with `Principal: { AWS: "*" }` (or `"*"` in its list).',
  remediation: 'Name the trusted accounts or roles in `Principal.AWS` (`arn:aws:iam::123456789012:root`), and add an `sts:ExternalId` condition for third parties.',
  format: 'cloudformation',
  resourceTypes: ['AWS::IAM::Role'],
  check(role) {
    const written = valueAt(role, 'AssumeRolePolicyDocument');
    if (isUnknown(written)) return unknown(written.reason, 'AssumeRolePolicyDocument');
    // The document may be written as a JSON string (a literal block) rather than as YAML.
    const document = typeof written === 'string' ? (parseLenientJson(written) as IacValue | undefined) : written;
    const verdicts: IacVerdict[] = [];
    blocksAt(document, 'Statement').forEach((statement, index) => {
      if (!isIacObject(statement) || statement['Effect'] === 'Deny') return;
      const principal = statement['Principal'];
      const aws = isIacObject(principal) ? principal['AWS'] : principal === '*' ? '*' : undefined;
      if (includesStar(aws)) verdicts.push(fail('the role trusts every AWS principal: anyone with an AWS account can assume it and use its permissions', `AssumeRolePolicyDocument.Statement.${index}`, { detail: String(index) }));
    });
    return verdicts.length > 0 ? verdicts : pass;
  },
};

function includesStar(value: IacValue | undefined): boolean {
  return value === '*' || (Array.isArray(value) && value.includes('*'));
}
