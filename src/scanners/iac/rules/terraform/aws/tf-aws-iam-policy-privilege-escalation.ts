import { privilegeEscalations, type PolicyDocument, type StatementFinding } from '../../../checks/aws-iam-policy.ts';
import { judgeTerraformPolicy, terraformPolicyResourceTypes } from '../../../checks/terraform-iam-policy.ts';
import { isUnknown, type UnknownValue } from '../../../iac-value.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Some permissions are administrator access in disguise: a principal that can create a new
 * version of its own policy, attach policies, or pass a powerful role to a Lambda function it
 * creates, can make itself administrator in one or two calls.
 */
export const tfAwsIamPolicyPrivilegeEscalation: IacRule = {
  id: 'tf-aws-iam-policy-privilege-escalation',
  title: 'IAM policy allows privilege escalation',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-269'],
  equivalents: ['CKV_AWS_110', 'CKV_AWS_286'],
  description: 'An IAM policy or `aws_iam_policy_document` whose Allow statements together grant a known privilege-escalation combination: `iam:CreatePolicyVersion`, `iam:SetDefaultPolicyVersion`, `iam:Attach*Policy`, `iam:Put*Policy`, `iam:CreateAccessKey`, `iam:CreateLoginProfile`, `iam:AddUserToGroup`, `iam:PassRole` with `ec2:RunInstances` or `lambda:CreateFunction` plus a way to invoke it, `lambda:UpdateFunctionCode`, `glue:UpdateDevEndpoint`, and similar.',
  remediation: 'Remove the IAM-changing actions from the policy, or restrict `iam:PassRole` to specific role ARNs with an `iam:PassedToService` condition.',
  format: 'terraform',
  resourceTypes: terraformPolicyResourceTypes,
  check: (policy, { graph }) =>
    judgeTerraformPolicy(policy, graph, escalationFindings, (actions) => `the policy allows ${actions.join(' + ')}: a principal holding it can escalate itself to administrator`),
};

/** The first open escalation path as one finding (one is enough to fix the policy), placed at the policy as a whole. */
function escalationFindings(policy: PolicyDocument): StatementFinding[] | UnknownValue {
  const paths = privilegeEscalations(policy);
  if (isUnknown(paths)) return paths;
  const where = policy.statements[0]?.path ?? 'policy';
  return paths.slice(0, 1).map((actions) => ({ path: where.startsWith('statement.') ? 'statement' : where, actions }));
}
