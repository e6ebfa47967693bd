import { fullAdminStatements } from '../../../checks/aws-iam-policy.ts';
import { judgeTerraformPolicy, terraformPolicyResourceTypes } from '../../../checks/terraform-iam-policy.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A statement allowing every action on every resource makes whoever holds the policy an account
 * administrator: one leaked key or compromised workload then owns the whole account, including
 * the power to erase its own tracks.
 */
export const tfAwsIamPolicyFullAdmin: IacRule = {
  id: 'tf-aws-iam-policy-full-admin',
  title: 'IAM policy grants full administrator access',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-269', 'CIS-AWS-1.16'],
  equivalents: ['CKV_AWS_1', 'CKV_AWS_62', 'AVD-AWS-0057'],
  description: 'An IAM policy (`aws_iam_policy`, `aws_iam_role_policy`, `aws_iam_user_policy`, `aws_iam_group_policy`, an SSO permission set inline policy, or an `aws_iam_policy_document` data source) with an Allow statement whose actions include `"*"` and whose resources include `"*"`.',
  remediation: 'List the actions and resources the principal needs (`actions = ["s3:GetObject"]`, `resources = [aws_s3_bucket.x.arn]`); keep administrator access to a few break-glass roles using the AWS managed AdministratorAccess policy behind MFA.',
  format: 'terraform',
  resourceTypes: terraformPolicyResourceTypes,
  check: (policy, { graph }) => judgeTerraformPolicy(policy, graph, fullAdminStatements, () => 'the policy allows every action on every resource: whoever holds it, or steals its credentials, controls the whole account'),
};
