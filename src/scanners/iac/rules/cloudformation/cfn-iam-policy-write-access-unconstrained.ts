import { unconstrainedActions } from '../../checks/aws-iam-policy.ts';
import { cloudformationPolicyResourceTypes, judgeCloudFormationPolicies } from '../../checks/cloudformation-iam-policy.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * Write actions on `*` resources let a principal modify or delete every resource of those
 * services in the account, not only the ones it exists for: a leaked key then tampers with or
 * destroys unrelated systems.
 */
export const cfnIamPolicyWriteAccessUnconstrained: IacRule = {
  id: 'cfn-iam-policy-write-access-unconstrained',
  title: 'IAM policy allows write access on all resources',
  severity: 'medium',
  confidence: 'medium',
  tags: ['CWE-732'],
  equivalents: ['CKV_AWS_111'],
  description: 'An IAM policy (standalone or inline) with an Allow statement on `"*"` resources whose actions include write-level actions (`s3:*`, `s3:DeleteObject`, `ec2:RunInstances`, `Put*`…).',
  remediation: 'Scope `Resource` to the ARNs the principal must change (`!Sub "${Bucket.Arn}/*"`); keep `"*"` only for actions without resource-level permissions.',
  format: 'cloudformation',
  resourceTypes: cloudformationPolicyResourceTypes,
  check: (resource) =>
    judgeCloudFormationPolicies(
      resource,
      (policy) => unconstrainedActions(policy, 'write'),
      (actions) => `the policy allows write actions (${actions.join(', ')}) on every resource: a compromised principal can modify or delete any of them in the account`,
    ),
};
