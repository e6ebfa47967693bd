import { isMissing, unknownReason } from '../../../checks/attribute-verdict.ts';
import { valueAt } from '../../../iac-resource.ts';
import { fail, pass, unknown, type IacRule } from '../../../iac-rule.ts';
import { containsUnknown } from '../../../iac-value.ts';

/**
 * Lambda environment variables often carry connection strings and tokens; encrypted only with the
 * AWS managed key, anyone allowed to read the function configuration sees them in clear. A
 * customer managed key adds a key policy, and its use is logged.
 */
export const tfAwsLambdaEnvironmentNotEncryptedWithCmk: IacRule = {
  id: 'tf-aws-lambda-environment-not-encrypted-with-cmk',
  title: 'Lambda environment variables not encrypted with a customer managed key',
  severity: 'medium',
  confidence: 'high',
  tags: ['CWE-311'],
  equivalents: ['CKV_AWS_173'],
  description: 'An `aws_lambda_function` with an `environment` block but no (or an empty) `kms_key_arn`; also a `kms_key_arn` (even an empty one) without any environment, which Terraform keeps re-applying. Functions with neither are not judged.',
  remediation: 'Set `kms_key_arn = aws_kms_key.lambda.arn` on functions that have environment variables, and keep secrets in Secrets Manager rather than in variables.',
  format: 'terraform',
  resourceTypes: ['aws_lambda_function'],
  check(fn) {
    const environment = valueAt(fn, 'environment');
    const key = valueAt(fn, 'kms_key_arn');
    if (!isMissing(environment)) {
      if (key === undefined || key === '') return fail('environment variables are encrypted only with the AWS managed key: anyone who can read the function configuration sees them', 'kms_key_arn');
      return containsUnknown(key) ? unknown(unknownReason(key), 'kms_key_arn') : pass;
    }
    if (key !== undefined && key !== null) return fail('a KMS key is set without environment variables: the provider reports a change on every plan and the intended encryption protects nothing', 'kms_key_arn');
    return unknown('the function has no environment variables');
  },
};
