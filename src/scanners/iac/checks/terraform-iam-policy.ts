import { blocksAt, valueAt, type IacResource } from '../iac-resource.ts';
import { fail, pass, unknown, type IacVerdict } from '../iac-rule.ts';
import { UnknownValue, isUnknown, type IacValue } from '../iac-value.ts';
import type { ResourceGraph } from '../resource-graph.ts';
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
export function terraformPolicy(resource: IacResource, graph?: ResourceGraph): PolicyDocument | UnknownValue | undefined {
  if (resource.type === 'data.aws_iam_policy_document') return policyFromDocumentBlocks(blocksAt(resource, 'statement'));
  const attribute = resource.type === 'aws_ssoadmin_permission_set_inline_policy' ? 'inline_policy' : 'policy';
  const value = valueAt(resource, attribute);
  // A policy that is a document's `json` (`policy = data.aws_iam_policy_document.x.json`) is
  // judged where the document's statements are written; judged here too, each finding would
  // appear twice.
  const document = graph ? documentRendering(resource, value, graph) : undefined;
  if (document !== undefined) return new UnknownValue(`the policy is ${document}.json, judged where its statements are written`);
  return parsePolicyJson(value, attribute);
}

/** The address of the policy document whose rendered `json` is this very value, if the graph holds it. */
export function documentRendering(resource: IacResource, value: IacValue | undefined, graph: ResourceGraph): string | undefined {
  if (value === undefined || !resource.references.some((address) => /(^|\.)data\.aws_iam_policy_document\./.test(address))) return undefined;
  // The same string, or the same partly known text object: the attribute took the document's json as it is.
  return graph.ofType('data.aws_iam_policy_document').find((document) => valueAt(document, 'json') === value)?.address;
}

/**
 * Runs a statement analysis on a Terraform policy holder: one failure per offending statement,
 * placed at the statement's actions (data source) or at the policy argument, `describe` turning
 * the offending actions into the sentence.
 */
export function judgeTerraformPolicy(
  resource: IacResource,
  graph: ResourceGraph | undefined,
  analyse: (policy: PolicyDocument) => StatementFinding[] | UnknownValue,
  describe: (actions: string[]) => string,
): IacVerdict | IacVerdict[] {
  const policy = terraformPolicy(resource, graph);
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
