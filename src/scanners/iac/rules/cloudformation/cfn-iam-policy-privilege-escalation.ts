import { privilegeEscalations, type PolicyDocument, type StatementFinding } from '../../checks/aws-iam-policy.ts';
import { cloudformationPolicyResourceTypes, judgeCloudFormationPolicies } from '../../checks/cloudformation-iam-policy.ts';
import { isUnknown, type UnknownValue } from '../../iac-value.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * Some permissions are administrator access in disguise: a principal that can create a new
 * version of its own policy, attach policies, or change the code of a Lambda function running
 * with a stronger role can make itself administrator in one or two calls.
 */
export const cfnIamPolicyPrivilegeEscalation: IacRule = {
  id: 'cfn-iam-policy-privilege-escalation',
  title: 'IAM policy allows privilege escalation',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-269'],
  equivalents: ['CKV_AWS_110'],
  description: 'An IAM policy (standalone or inline) whose Allow statements grant a known privilege-escalation combination: `iam:CreatePolicyVersion`, `iam:SetDefaultPolicyVersion`, `iam:Attach*Policy`, `iam:Put*Policy`, `iam:CreateAccessKey`, `iam:CreateLoginProfile`, `iam:AddUserToGroup`, `iam:PassRole` with `ec2:RunInstances` or `lambda:CreateFunction`, `lambda:UpdateFunctionCode` (as in `lambda:*`), `glue:UpdateDevEndpoint`, and similar.',
  remediation: 'Remove the IAM-changing and code-changing actions, or scope them (and `iam:PassRole`, with an `iam:PassedToService` condition) to specific ARNs.',
  format: 'cloudformation',
  resourceTypes: cloudformationPolicyResourceTypes,
  check: (resource) =>
    judgeCloudFormationPolicies(resource, escalationFindings, (actions) => `the policy allows ${actions.join(' + ')}: a principal holding it can escalate itself to administrator`),
};

/** The first open escalation path (one is enough to fix the policy). */
function escalationFindings(policy: PolicyDocument): StatementFinding[] | UnknownValue {
  const paths = privilegeEscalations(policy);
  if (isUnknown(paths)) return paths;
  return paths.slice(0, 1).map((actions) => ({ path: policy.statements[0]?.path ?? 'PolicyDocument', actions }));
}
