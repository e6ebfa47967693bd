import { starActionStatements } from '../../checks/aws-iam-policy.ts';
import { cloudformationPolicyResourceTypes, judgeCloudFormationPolicies } from '../../checks/cloudformation-iam-policy.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * `Action: "*"` grants every current and future API of every service on the listed resources,
 * including deleting them and changing who may access them; nobody can review what it allows.
 */
export const cfnIamPolicyStarAction: IacRule = {
  id: 'cfn-iam-policy-star-action',
  title: 'IAM policy allows all actions',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-269'],
  equivalents: ['CKV_AWS_63', 'CKV_AWS_49'],
  description: 'An IAM policy (standalone or inline) with an Allow statement whose `Action` includes `"*"`, whatever its resources.',
  remediation: 'List the actions the principal needs (`s3:GetObject`, `s3:PutObject`…) instead of `"*"`.',
  format: 'cloudformation',
  resourceTypes: cloudformationPolicyResourceTypes,
  check: (resource) =>
    judgeCloudFormationPolicies(resource, starActionStatements, () => 'the policy allows every action: a holder can delete the resources or hand their access to anyone'),
};
