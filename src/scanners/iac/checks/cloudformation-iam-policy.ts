import { blocksAt, valueAt, type IacResource } from '../iac-resource.ts';
import { fail, pass, unknown, type IacVerdict } from '../iac-rule.ts';
import { isIacObject, isUnknown, type IacValue, type UnknownValue } from '../iac-value.ts';
import { parsePolicyJson, type PolicyDocument, type StatementFinding } from './aws-iam-policy.ts';

/** CloudFormation resources that hold IAM identity policies. */
export const cloudformationPolicyResourceTypes = ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'] as const;

/** Each identity policy of a resource with the property path it is written at: `PolicyDocument`, or `Policies.N.PolicyDocument` inline. */
export function cloudformationPolicies(resource: IacResource): { path: string; document: IacValue | undefined }[] {
  if (resource.type === 'AWS::IAM::Policy' || resource.type === 'AWS::IAM::ManagedPolicy') return [{ path: 'PolicyDocument', document: valueAt(resource, 'PolicyDocument') }];
  const policies = valueAt(resource, 'Policies');
  if (isUnknown(policies)) return [{ path: 'Policies', document: policies }];
  return blocksAt(resource, 'Policies').map((policy, index) => ({
    path: `Policies.${index}.PolicyDocument`,
    document: isUnknown(policy) ? policy : isIacObject(policy) ? policy['PolicyDocument'] : undefined,
  }));
}

/**
 * Runs a statement analysis on every identity policy of a CloudFormation resource: one failure
 * per offending policy, placed at its `PolicyDocument`; unknown when a policy could not be
 * evaluated and none fails.
 */
export function judgeCloudFormationPolicies(
  resource: IacResource,
  analyse: (policy: PolicyDocument) => StatementFinding[] | UnknownValue,
  describe: (actions: string[]) => string,
): IacVerdict | IacVerdict[] {
  const verdicts: IacVerdict[] = [];
  let undecided: IacVerdict | undefined;
  for (const { path, document } of cloudformationPolicies(resource)) {
    const policy = parsePolicyJson(document, path);
    if (policy === undefined) continue;
    if (isUnknown(policy)) {
      undecided ??= unknown(policy.reason, path);
      continue;
    }
    const findings = analyse(policy);
    if (isUnknown(findings)) undecided ??= unknown(findings.reason, path);
    else if (findings.length > 0) {
      const actions = [...new Set(findings.flatMap((finding) => finding.actions))];
      verdicts.push(fail(describe(actions), path, { detail: `${path}:${actions.join(',')}` }));
    }
  }
  if (verdicts.length > 0) return verdicts;
  return undecided ?? pass;
}
