import { fullAdminStatements } from '../../checks/aws-iam-policy.ts';
import { cloudformationPolicyResourceTypes, judgeCloudFormationPolicies } from '../../checks/cloudformation-iam-policy.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * `Action: "*"` on `Resource: "*"` is full administrator access: whoever holds the policy, or
 * steals a credential of a principal that does, controls the whole account.
 */
export const cfnIamPolicyFullAdmin: IacRule = {
  id: 'cfn-iam-policy-full-admin',
  title: 'IAM policy grants full administrator access',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-269', 'CIS-AWS-1.16'],
  equivalents: ['CKV_AWS_62', 'CKV_AWS_1', 'AVD-AWS-0057'],
  description: 'An IAM policy (standalone or inline in a role, user or group) with an Allow statement whose `Action` includes `"*"` and whose `Resource` includes `"*"`.',
  remediation: 'Grant only the actions and resources the principal needs; use AWS managed job-function policies or IAM Access Analyzer policy generation to find them.',
  format: 'cloudformation',
  resourceTypes: cloudformationPolicyResourceTypes,
  check: (resource) =>
    judgeCloudFormationPolicies(resource, fullAdminStatements, () => 'the policy allows every action on every resource: anyone holding it controls the whole account'),
};
