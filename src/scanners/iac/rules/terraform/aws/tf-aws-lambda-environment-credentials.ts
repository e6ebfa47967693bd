import { findAwsCredentials } from '../../../checks/aws-credentials.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule, type IacVerdict } from '../../../iac-rule.ts';
import { isIacObject, isUnknown } from '../../../iac-value.ts';

/**
 * Environment variables of a function are shown in clear to anyone who can read its
 * configuration (lambda:GetFunctionConfiguration, the console) and are stored in Terraform state
 * and version control; AWS keys written there are as good as published.
 */
export const tfAwsLambdaEnvironmentCredentials: IacRule = {
  id: 'tf-aws-lambda-environment-credentials',
  title: 'Hard-coded AWS credentials in Lambda environment',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798'],
  equivalents: ['CKV_AWS_45'],
  description: 'An `aws_lambda_function` whose `environment.variables` hold an AWS access key id, a secret access key or a private key.',
  remediation: 'Remove the keys (and revoke them): give the function an execution role with the permissions it needs, and read other secrets from Secrets Manager or SSM Parameter Store at run time.',
  format: 'terraform',
  resourceTypes: ['aws_lambda_function'],
  check(fn) {
    const variables = valueAt(fn, 'environment.variables');
    if (isUnknown(variables)) return unknown(variables.reason, 'environment.variables');
    if (!isIacObject(variables)) return pass;
    const verdicts: IacVerdict[] = [];
    for (const [name, value] of Object.entries(variables)) {
      if (typeof value !== 'string') continue;
      const found = findAwsCredentials(value)[0];
      if (found) verdicts.push(fail(`environment variable ${name} holds a hard-coded AWS ${found.kind.replaceAll('-', ' ')}: anyone who can read the function configuration, state or repository can use it`, `environment.variables.${name}`, { detail: name }));
    }
    return verdicts.length > 0 ? verdicts : pass;
  },
};
