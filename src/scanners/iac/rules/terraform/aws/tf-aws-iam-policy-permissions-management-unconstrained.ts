import { unconstrainedActions } from '../../../checks/aws-iam-policy.ts';
import { judgeTerraformPolicy, terraformPolicyResourceTypes } from '../../../checks/terraform-iam-policy.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Permissions-management actions (bucket and key policies, grants, ACLs, IAM policies) on `*`
 * resources let a principal rewrite who may access anything: it can make buckets public, grant
 * itself keys, or hand access to another account.
 */
export const tfAwsIamPolicyPermissionsManagementUnconstrained: IacRule = {
  id: 'tf-aws-iam-policy-permissions-management-unconstrained',
  title: 'IAM policy allows permissions management on all resources',
  severity: 'high',
  confidence: 'medium',
  tags: ['CWE-732'],
  equivalents: ['CKV_AWS_109', 'CKV_AWS_289'],
  description: 'An IAM policy or `aws_iam_policy_document` with an Allow statement on `"*"` resources whose actions include permissions-management actions (`iam:*`, `s3:PutBucketPolicy`, `kms:CreateGrant`, `lambda:AddPermission`, a wildcard of a service that has them…).',
  remediation: 'Drop permission-changing actions from workload policies, or scope them to specific resource ARNs with conditions; manage policies through a deployment role instead.',
  format: 'terraform',
  resourceTypes: terraformPolicyResourceTypes,
  check: (policy, { graph }) =>
    judgeTerraformPolicy(
      policy,
      graph,
      (document) => unconstrainedActions(document, 'permissions-management'),
      (actions) => `the policy allows permission changes (${actions.join(', ')}) on every resource: a compromised principal can make data public or grant itself and others access`,
    ),
};
