import { findAwsCredentials } from '../../checks/aws-credentials.ts';
import { valueAt } from '../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../iac-rule.ts';
import { isIacObject, isUnknown } from '../../iac-value.ts';

/**
 * A function's environment variables are shown in clear to anyone who can read its
 * configuration, and the template sits in version control; AWS keys written there are as good
 * as published.
 */
export const cfnLambdaEnvironmentCredentials: IacRule = {
  id: 'cfn-lambda-environment-credentials',
  title: 'Hard-coded AWS credentials in Lambda environment',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798'],
  equivalents: ['CKV_AWS_45'],
  description: 'An `AWS::Lambda::Function` or `AWS::Serverless::Function` whose `Environment.Variables` hold an AWS access key id, a secret access key or a private key.',
  remediation: 'Remove the keys and revoke them; give the function an execution role (`Role`) with the permissions it needs and read other secrets from Secrets Manager at run time.',
  format: 'cloudformation',
  resourceTypes: ['AWS::Lambda::Function', 'AWS::Serverless::Function'],
  check(fn) {
    const variables = valueAt(fn, 'Environment.Variables');
    if (isUnknown(variables)) return unknown(variables.reason, 'Environment.Variables');
    if (!isIacObject(variables)) return pass;
    const verdicts: IacVerdict[] = [];
    for (const [name, value] of Object.entries(variables)) {
      if (typeof value !== 'string') continue;
      const found = findAwsCredentials(value)[0];
      if (found) verdicts.push(fail(`environment variable ${name} holds a hard-coded AWS ${found.kind.replaceAll('-', ' ')}: anyone who can read the function configuration or the template can use it`, `Environment.Variables.${name}`, { detail: name }));
    }
    return verdicts.length > 0 ? verdicts : pass;
  },
};
