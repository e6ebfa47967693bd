import { unconstrainedActions } from '../../../checks/aws-iam-policy.ts';
import { judgeTerraformPolicy, terraformPolicyResourceTypes } from '../../../checks/terraform-iam-policy.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Write actions on `*` resources let a principal modify or delete every resource of those
 * services in the account, not only the ones it was built for: a leaked key then destroys or
 * tampers with unrelated systems.
 */
export const tfAwsIamPolicyWriteAccessUnconstrained: IacRule = {
  id: 'tf-aws-iam-policy-write-access-unconstrained',
  title: 'IAM policy allows write access on all resources',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-732'],
  equivalents: ['CKV_AWS_111', 'CKV_AWS_290'],
  description: 'An IAM policy or `aws_iam_policy_document` with an Allow statement on `"*"` resources whose actions include write-level actions (a service wildcard such as `s3:*`, `Put*`, `Delete*`, `Create*`, `ec2:RunInstances`…).',
  remediation: 'Scope `resources` to the ARNs the principal must change (`resources = ["${aws_s3_bucket.x.arn}/*"]`), or add conditions; keep `"*"` only for actions that support no resource-level permissions.',
  format: 'terraform',
  resourceTypes: terraformPolicyResourceTypes,
  check: (policy, { graph }) =>
    judgeTerraformPolicy(policy, graph, (document) => unconstrainedActions(document, 'write'), (actions) => `the policy allows write actions (${actions.join(', ')}) on every resource: a compromised principal can modify or delete any of them in the account`),
};
