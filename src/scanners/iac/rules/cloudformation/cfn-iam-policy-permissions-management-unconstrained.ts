import { unconstrainedActions } from '../../checks/aws-iam-policy.ts';
import { cloudformationPolicyResourceTypes, judgeCloudFormationPolicies } from '../../checks/cloudformation-iam-policy.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * Permissions-management actions change who may access what: bucket policies, key policies,
 * IAM policies. Granted on every resource, they let a principal open any bucket or key to the
 * world or to itself.
 */
export const cfnIamPolicyPermissionsManagementUnconstrained: IacRule = {
  id: 'cfn-iam-policy-permissions-management-unconstrained',
  title: 'IAM policy allows permissions management on all resources',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-732'],
  equivalents: ['CKV_AWS_109'],
  description: 'An IAM policy (standalone or inline) with an Allow statement on `"*"` resources granting permissions-management actions (`s3:PutBucketPolicy`, `kms:PutKeyPolicy`, `iam:AttachRolePolicy`, … or a service wildcard that includes them).',
  remediation: 'Remove policy-changing actions from the statement, or scope them to the specific resource ARNs the principal administers.',
  format: 'cloudformation',
  resourceTypes: cloudformationPolicyResourceTypes,
  check: (resource) =>
    judgeCloudFormationPolicies(
      resource,
      (policy) => unconstrainedActions(policy, 'permissions-management'),
      (actions) => `the policy allows permissions management (${actions.join(', ')}) on every resource: a holder can rewrite bucket, key or IAM policies to open anything to itself or the world`,
    ),
};
