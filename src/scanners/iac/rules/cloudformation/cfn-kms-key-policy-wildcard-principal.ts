import { blocksAt, valueAt } from '../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { isIacObject, isUnknown, type IacValue } from '../../iac-value.ts';

/**
 * A key policy that allows `*` as principal lets any AWS account use or manage the key, unless
 * a condition happens to narrow it; data encrypted under it is then only as private as that
 * condition.
 */
export const cfnKmsKeyPolicyWildcardPrincipal: IacRule = {
  id: 'cfn-kms-key-policy-wildcard-principal',
  title: 'KMS key policy allows any principal',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_33'],
  description: 'An `AWS::KMS::Key` whose `KeyPolicy` has an Allow statement with `Principal: "*"` or `Principal: { AWS: "*" }`.',
  remediation: 'Name the account root or specific roles as principals (`AWS: !Sub arn:aws:iam::${AWS::AccountId}:root`), and narrow cross-account use with `kms:CallerAccount` / `kms:ViaService` conditions.',
  format: 'cloudformation',
  resourceTypes: ['AWS::KMS::Key'],
  check(key) {
    const policy = valueAt(key, 'KeyPolicy');
    if (isUnknown(policy)) return unknown(policy.reason, 'KeyPolicy');
    const verdicts: IacVerdict[] = [];
    blocksAt(policy, 'Statement').forEach((statement, index) => {
      if (!isIacObject(statement) || statement['Effect'] === 'Deny') return;
      const principal = statement['Principal'];
      const aws = isIacObject(principal) ? principal['AWS'] : principal;
      if (isStar(aws)) verdicts.push(fail('the key policy allows every AWS principal: any account can use or manage the key unless a condition stops it', `KeyPolicy.Statement.${index}`, { detail: String(index) }));
    });
    return verdicts.length > 0 ? verdicts : pass;
  },
};

function isStar(value: IacValue | undefined): boolean {
  return value === '*' || (Array.isArray(value) && value.includes('*'));
}
