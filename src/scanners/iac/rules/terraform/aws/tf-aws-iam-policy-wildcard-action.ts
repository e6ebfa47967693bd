import { starActionStatements } from '../../../checks/aws-iam-policy.ts';
import { judgeTerraformPolicy, terraformPolicyResourceTypes } from '../../../checks/terraform-iam-policy.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * An Allow of the action `*` grants every API of every service on the named resources, including
 * ones released after the policy was written; least privilege starts with naming the actions.
 */
export const tfAwsIamPolicyWildcardAction: IacRule = {
  id: 'tf-aws-iam-policy-wildcard-action',
  title: 'IAM policy allows all actions',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-269'],
  equivalents: ['CKV_AWS_49', 'CKV_AWS_63', 'AVD-AWS-0057'],
  description: 'An IAM policy or `aws_iam_policy_document` with an Allow statement whose actions include `"*"`, whatever its resources.',
  remediation: 'Replace `"*"` with the specific actions the principal calls (`"s3:GetObject"`, `"sqs:SendMessage"`).',
  format: 'terraform',
  resourceTypes: terraformPolicyResourceTypes,
  check: (policy, { graph }) => judgeTerraformPolicy(policy, graph, starActionStatements, () => 'the policy allows every action: a compromised principal can call any API on the resources it names, including ones that change permissions'),
};
