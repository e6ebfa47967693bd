import { expectAttribute, isSet } from '../../checks/attribute-verdict.ts';
import type { IacRule } from '../../iac-rule.ts';

/**
 * A function outside a VPC reaches the internet directly and cannot be limited by security groups
 * or VPC endpoints policies; a compromised dependency can send data anywhere.
 */
export const cfnLambdaFunctionNotInVpc: IacRule = {
  id: 'cfn-lambda-function-not-in-vpc',
  title: 'Lambda function outside a VPC',
  severity: 'low',
  confidence: 'low',
  tags: ['CWE-284'],
  equivalents: ['CKV_AWS_117'],
  description: 'An `AWS::Lambda::Function` or `AWS::Serverless::Function` without `VpcConfig`.',
  remediation: 'Set `VpcConfig: { SubnetIds: [...], SecurityGroupIds: [...] }` with private subnets, and reach AWS services through VPC endpoints.',
  format: 'cloudformation',
  resourceTypes: ['AWS::Lambda::Function', 'AWS::Serverless::Function'],
  check: (fn) =>
    expectAttribute(fn, 'VpcConfig', {
      accept: isSet,
      whenMissing: 'fail',
      message: 'the function runs outside any VPC: its network access cannot be limited by security groups or endpoint policies',
    }),
};
