import { expectAttribute, isOneOf } from '../../checks/attribute-verdict.ts';
import { valueAt } from '../../iac-resource.ts';
import { pass, type IacRule } from '../../iac-rule.ts';

/**
 * Instance metadata version 1 answers any plain GET: a server-side request forgery in an
 * application on the instance is enough to read the instance role's credentials, as in the
 * Capital One breach. Version 2 requires a session token such requests cannot obtain.
 */
export const cfnLaunchTemplateImdsv1Enabled: IacRule = {
  id: 'cfn-launch-template-imdsv1-enabled',
  title: 'Launch template allows instance metadata v1',
  severity: 'high',
  confidence: 'high',
  tags: ['CWE-918'],
  equivalents: ['CKV_AWS_79', 'AVD-AWS-0130'],
  description: 'An `AWS::EC2::LaunchTemplate` whose `LaunchTemplateData.MetadataOptions.HttpTokens` is missing or not `required`, while the metadata endpoint is not disabled.',
  remediation: 'Set `LaunchTemplateData: { MetadataOptions: { HttpTokens: required, HttpPutResponseHopLimit: 1 } }`.',
  format: 'cloudformation',
  resourceTypes: ['AWS::EC2::LaunchTemplate'],
  check(template) {
    if (valueAt(template, 'LaunchTemplateData.MetadataOptions.HttpEndpoint') === 'disabled') return pass;
    return expectAttribute(template, 'LaunchTemplateData.MetadataOptions.HttpTokens', {
      accept: isOneOf('required'),
      whenMissing: 'fail',
      message: 'instances from this template answer metadata v1 requests: a server-side request forgery on them reads the instance role credentials',
    });
  },
};
