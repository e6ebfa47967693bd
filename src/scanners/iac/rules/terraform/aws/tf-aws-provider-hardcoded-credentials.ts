import { isAccessKeyId, isSecretAccessKey } from '../../../checks/aws-credentials.ts';
import { judgeProviderSecrets } from '../../../checks/provider-credentials.ts';
import type { IacRule } from '../../../iac-rule.ts';

/**
 * Keys written into the `provider "aws"` block travel with every copy of the repository, its
 * forks, CI logs and Terraform state: whoever reads any of them acts as that IAM user until the
 * key is revoked, which usually happens only after the bill or the breach.
 */
export const tfAwsProviderHardcodedCredentials: IacRule = {
  id: 'tf-aws-provider-hardcoded-credentials',
  title: 'Hard-coded AWS keys in the provider block',
  severity: 'critical',
  confidence: 'high',
  tags: ['CWE-798'],
  equivalents: ['CKV_AWS_41'],
  description: 'A `provider "aws"` block whose `access_key` is an access key id (20 upper-case letters and digits) or whose `secret_key` is a 40-character secret access key, written in the configuration or in a variable default.',
  remediation: 'Delete `access_key` and `secret_key` from the provider block (and revoke the keys): let the provider find credentials in the environment (`AWS_PROFILE`, SSO, an instance or CI role via OIDC), or pass them as variables without defaults.',
  format: 'terraform',
  resourceTypes: ['provider.aws'],
  check: (provider) =>
    judgeProviderSecrets(
      provider,
      [
        { name: 'access_key', what: 'AWS access key id', looksSecret: isAccessKeyId },
        { name: 'secret_key', what: 'AWS secret access key', looksSecret: isSecretAccessKey },
      ],
      'anyone who can read the repository, its forks or the Terraform state can act with these keys until they are revoked',
    ),
};
