import { blocksAt, valueAt, type IacResource } from '../iac-resource.ts';
import { fail, pass, unknown, type IacVerdict } from '../iac-rule.ts';
import { isUnknown, type UnknownValue } from '../iac-value.ts';
import { parsePolicyJson, policyFromDocumentBlocks, type PolicyDocument, type StatementFinding } from './aws-iam-policy.ts';

/** Terraform resources and data sources that hold an IAM identity policy. */
export const terraformPolicyResourceTypes = [
  'data.aws_iam_policy_document',
  'aws_iam_policy',
  'aws_iam_role_policy',
  'aws_iam_user_policy',
  'aws_iam_group_policy',
  'aws_ssoadmin_permission_set_inline_policy',
] as const;

/** The policy a Terraform resource holds: `statement` blocks of the data source, or the JSON of `policy` / `inline_policy`. */
export function terraformPolicy(resource: IacResource): PolicyDocument | UnknownValue | undefined {
  if (resource.type === 'data.aws_iam_policy_document') return policyFromDocumentBlocks(blocksAt(resource, 'statement'));
  const attribute = resource.type === 'aws_ssoadmin_permission_set_inline_policy' ? 'inline_policy' : 'policy';
  return parsePolicyJson(valueAt(resource, attribute), attribute);
}

/**
 * Runs a statement analysis on a Terraform policy holder: one failure per offending statement,
 * placed at the statement's actions (data source) or at the policy argument, `describe` turning
 * the offending actions into the sentence.
 */
export function judgeTerraformPolicy(
  resource: IacResource,
  analyse: (policy: PolicyDocument) => StatementFinding[] | UnknownValue,
  describe: (actions: string[]) => string,
): IacVerdict | IacVerdict[] {
  const policy = terraformPolicy(resource);
  if (policy === undefined) return pass;
  if (isUnknown(policy)) return unknown(policy.reason, resource.type.startsWith('data.') ? 'statement' : 'policy');
  const findings = analyse(policy);
  if (isUnknown(findings)) return unknown(findings.reason);
  if (findings.length === 0) return pass;
  return findings.map((finding) => {
    const path = finding.path.startsWith('statement.') ? `${finding.path}.actions` : finding.path;
    return fail(describe(finding.actions), path, { detail: `${finding.path}:${finding.actions.join(',')}` });
  });
}
