import { expectAttribute, isOneOf } from '../../../checks/attribute-verdict.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * A notebook with direct internet access can pull arbitrary code and send training data anywhere, bypassing the controls of the VPC.
 */
export const tfAwsSagemakerNotebookInternetAccess: IacRule = {
  id: 'tf-aws-sagemaker-notebook-internet-access',
  title: 'SageMaker notebook with direct internet access',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_122'],
  description: 'An `aws_sagemaker_notebook_instance` whose `direct_internet_access` is set to something other than `Disabled`.',
  remediation: 'Set `direct_internet_access = "Disabled"` and give the notebook a `subnet_id` with controlled egress.',
  format: 'terraform',
  resourceTypes: ['aws_sagemaker_notebook_instance'],
  check: (resource) => expectAttribute(resource, 'direct_internet_access', { accept: isOneOf('Disabled'), whenMissing: 'pass', message: 'the notebook has direct internet access: code and data can move to and from the internet outside VPC controls' }),
};
