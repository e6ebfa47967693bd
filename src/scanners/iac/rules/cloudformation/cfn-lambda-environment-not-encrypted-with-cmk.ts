import { valueAt } from '../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../iac-rule.ts';
import { isIacObject, isUnknown } from '../../iac-value.ts';

/**
 * Environment variables often carry connection strings and tokens. With only the AWS managed
 * key, anyone allowed to read the function's configuration reads them; a customer managed key
 * adds a key policy and an audit trail in between.
 */
export const cfnLambdaEnvironmentNotEncryptedWithCmk: IacRule = {
  id: 'cfn-lambda-environment-not-encrypted-with-cmk',
  title: 'Lambda environment variables without customer managed key',
  severity: 'low',
  confidence: 'medium',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_173'],
  description: 'An `AWS::Lambda::Function` or `AWS::Serverless::Function` with `Environment.Variables` but no `KmsKeyArn`.',
  remediation: 'Set `KmsKeyArn: !GetAtt FunctionKey.Arn` with a customer managed KMS key, and keep secrets in Secrets Manager rather than variables.',
  format: 'cloudformation',
  resourceTypes: ['AWS::Lambda::Function', 'AWS::Serverless::Function'],
  check(fn) {
    const environment = valueAt(fn, 'Environment');
    if (environment === undefined || environment === null) return pass;
    if (isUnknown(environment)) return unknown(environment.reason, 'Environment');
    if (!isIacObject(environment)) return pass;
    const variables = environment['Variables'];
    if (isUnknown(variables)) return unknown(variables.reason, 'Environment.Variables');
    if (!isIacObject(variables) || Object.keys(variables).length === 0) return pass;
    const key = valueAt(fn, 'KmsKeyArn');
    if (isUnknown(key)) return pass;
    if (typeof key === 'string' && key.trim() !== '') return pass;
    return fail('the function sets environment variables without a customer managed KMS key: anyone who may read its configuration reads them, with no key policy or key audit in between', 'Environment.Variables');
  },
};
