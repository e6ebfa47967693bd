import { parseLenientJson } from '../../../checks/aws-iam-policy.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { isIacObject, isUnknown, type IacValue } from '../../../iac-value.ts';

/**
 * A trust policy whose AWS principal is `*` lets any AWS account, including an attacker's,
 * assume the role and act with its permissions, unless a condition happens to stop it.
 */
export const tfAwsIamRoleAssumableByAnyone: IacRule = {
  id: 'tf-aws-iam-role-assumable-by-anyone',
  title: 'IAM role can be assumed by any AWS principal',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_60'],
  description: 'An `aws_iam_role` whose `assume_role_policy` has a non-Deny statement with `Principal = { AWS = "*" }` (or a list containing `"*"`).',
  remediation: 'Name the accounts or roles that may assume it (`Principal = { AWS = "arn:aws:iam::111122223333:root" }`), and add an `sts:ExternalId` condition for third parties.',
  format: 'terraform',
  resourceTypes: ['aws_iam_role'],
  check(role) {
    const policy = valueAt(role, 'assume_role_policy');
    if (isUnknown(policy)) return unknown(policy.reason, 'assume_role_policy');
    const document = parse(policy);
    if (!document) return pass;
    const statements = document['Statement'];
    for (const statement of Array.isArray(statements) ? statements : [statements]) {
      if (!isIacObject(statement) || statement['Effect'] === 'Deny') continue;
      const principal = statement['Principal'];
      const aws = isIacObject(principal) ? principal['AWS'] : undefined;
      if (aws === '*' || (Array.isArray(aws) && aws.includes('*'))) {
        return fail('any AWS account can assume the role: an attacker gets its permissions with their own credentials', 'assume_role_policy');
      }
    }
    return pass;
  },
};

function parse(value: IacValue | undefined): { [key: string]: IacValue } | undefined {
  if (isIacObject(value)) return value;
  if (typeof value !== 'string') return undefined;
  const parsed = parseLenientJson(value) as IacValue | undefined;
  return isIacObject(parsed) ? parsed : undefined;
}
